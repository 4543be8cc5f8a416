/** Communities and venues: where things happen. */
import { z } from 'astro/zod';
import { album, choice, movedFrom, clockTime, english, entry, key, labelled, paragraph, phone, ref, summary, text } from './fields.ts';

export const SERVICE_POINT_KINDS = ['clinic', 'post', 'care', 'lawyer', 'employment', 'social-assistance', 'library', 'other'] as const;

export const communitySchema = entry({
  name: text('社区名称', '如 柳开社区'),
  key: key(),
  subdistrict: text('所属街道', '如 七一路街道'),
  address: text('地址'),
  phone: phone('联系电话'),
  receptionHours: text('民愿接待室开放时间', '如 周一至周五 8:30–12:00,14:30–17:30'),
  servicePoints: labelled(
    z
      .array(
        z.strictObject({
          kind: choice(SERVICE_POINT_KINDS, '服务类型', 'serviceKind'),
          name: text('服务点名称', '如 社区医疗保健服务站'),
          hours: text('开放时间').optional(),
          phone: phone('服务点电话').optional(),
        }),
      )
      .default([]),
    '便民服务点',
    '医疗站、邮电服务中心、全托服务中心、律师服务站等',
  ),
  photos: album(),
  summary: summary('社区简介'),
  en: english(),
  movedFrom: movedFrom(),
});

export const VENUE_KINDS = ['plaza', 'court', 'gym', 'library', 'school', 'hall', 'park', 'other'] as const;

export const venueSchema = entry({
  name: text('场地名称', '如 江滨社区文化广场'),
  key: key(),
  community: ref('communities', '所属社区'),
  kind: choice(VENUE_KINDS, '场地类型', 'venueKind'),
  address: text('地址'),
  accessibility: paragraph('无障碍信息', '坡道、电梯、无障碍卫生间、座椅等').optional(),
  opens: clockTime('每日开放').optional(),
  closes: clockTime('每日关闭').optional(),
  summary: summary('场地简介'),
  en: english(),
  movedFrom: movedFrom(),
});
