/** 文化广场演出: performances at the cultural plaza and other venues. */
import { z } from 'astro/zod';
import { album, choice, movedFrom, dateTime, english, entry, image, key, labelled, paragraph, ref, summary, text } from './fields.ts';

export const PERFORMANCE_SERIES = ['chuanhui-voice', 'chuanhui-song-fair', 'new-folk-songs'] as const;
export const PERFORMANCE_STATUSES = ['scheduled', 'postponed', 'cancelled'] as const;
export const ADMISSION = ['free', 'ticketed'] as const;

export const performanceSchema = entry({
  title: text('演出名称'),
  key: key(),
  start: dateTime('开始时间'),
  end: dateTime('结束时间').optional(),
  venue: ref('venues', '演出地点'),
  troupes: labelled(z.array(text('队伍名称')).min(1, { error: '至少填写一支演出队伍(at least one troupe)' }), '演出队伍'),
  programme: labelled(
    z
      .array(
        z.strictObject({
          title: text('节目名称'),
          kind: text('节目类型', '如 合唱、腰鼓、豫剧选段').optional(),
          performers: text('表演者').optional(),
        }),
      )
      .default([]),
    '节目单',
  ),
  series: choice(PERFORMANCE_SERIES, '系列活动', 'series', '川汇之声 / 川汇歌圩 / 新编民歌大家唱').optional(),
  poster: image('海报').optional(),
  photos: album(),
  status: choice(PERFORMANCE_STATUSES, '状态', 'performanceStatus', '如期 / 延期 / 取消').default('scheduled'),
  statusNote: paragraph('状态说明', '延期或取消的原因、新的时间').optional(),
  previousStart: dateTime('原定开始时间', '延期且已定新时间时填写:“开始时间”填新时间,这里填原来公布的时间(北京时间,如 2027-02-06 18:30)').optional(),
  admission: choice(ADMISSION, '入场方式', 'admission', '免费 / 凭票').default('free'),
  ticketInfo: paragraph('取票方式').optional(),
  summary: summary(),
  en: english(),
  movedFrom: movedFrom(),
}).superRefine((show, ctx) => {
  if (show.end && show.end <= show.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: '“结束时间”应晚于“开始时间”(the end must be after the start)' });
  }
  if (show.previousStart && show.status !== 'postponed') {
    ctx.addIssue({ code: 'custom', path: ['previousStart'], message: '只有“延期”的演出才填写“原定开始时间”(only a postponed show has a previous start)' });
  }
  if (show.admission === 'ticketed' && !show.ticketInfo) {
    ctx.addIssue({ code: 'custom', path: ['ticketInfo'], message: '凭票入场的演出请填写“取票方式”(ticketed shows need ticket information)' });
  }
});
