/** 文明市民学校 courses, schools, 教育活动 campaigns, and libraries. */
import { z } from 'astro/zod';
import {
  album,
  choice,
  clockTime,
  dateTime,
  english,
  entry,
  flag,
  integer,
  key,
  labelled,
  link,
  localDate,
  paragraph,
  ref,
  movedFrom,
  summary,
  text,
} from './fields.ts';

export const SCHOOL_KINDS = ['civility', 'primary', 'secondary'] as const;
export const COURSE_AUDIENCES = ['residents', 'minors', 'elderly'] as const;
export const CAMPAIGN_AUDIENCES = ['pupils', 'parents', 'teachers', 'residents'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const LIBRARY_KINDS = ['community-library', 'e-reading-room', 'city-library', 'digital-resource'] as const;

const materials = (label: string) =>
  labelled(z.array(z.strictObject({ title: text('材料名称', '如《文明市民手册》'), url: link('材料链接').optional() })).default([]), label);

export const schoolSchema = entry({
  name: text('学校名称'),
  key: key(),
  kind: choice(SCHOOL_KINDS, '学校类型', 'schoolKind', '文明市民学校 / 小学 / 中学'),
  community: ref('communities', '所在社区'),
  address: text('地址').optional(),
  summary: summary('学校简介'),
  en: english(),
  movedFrom: movedFrom(),
});

const lessonSchema = z
  .strictObject({
    title: text('课时名称'),
    start: dateTime('上课时间', '单次课填写;每周固定上课的填写“每周安排”').optional(),
    weekly: labelled(
      z.strictObject({
        weekday: choice(WEEKDAYS, '星期', 'weekday'),
        time: clockTime('上课时间'),
        from: localDate('首次上课日期'),
        until: localDate('最后上课日期'),
        except: labelled(z.array(localDate('停课日期')).default([]), '停课日期', '节假日等不上课的日期'),
        skipHolidays: flag('法定节假日停课', '勾选后,法定节假日放假的日子(如国庆节 10 月 1 日至 7 日)自动停课,不必逐日填写“停课日期”'),
      }),
      '每周安排',
    ).optional(),
    durationMinutes: integer('时长', '以分钟计').min(10).max(480).default(90),
    venue: ref('venues', '上课地点'),
    teacher: text('授课人'),
    materials: materials('学习材料'),
  })
  .superRefine((lesson, ctx) => {
    if (!lesson.start === !lesson.weekly) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: '每节课要么填写“上课时间”(单次),要么填写“每周安排”,二者选一(give either a time or a weekly schedule)',
      });
    }
    if (lesson.weekly && lesson.weekly.until < lesson.weekly.from) {
      ctx.addIssue({ code: 'custom', path: ['weekly', 'until'], message: '“最后上课日期”早于“首次上课日期”' });
    }
  });

export const courseSchema = entry({
  title: text('课程名称'),
  key: key(),
  audience: choice(COURSE_AUDIENCES, '面向对象', 'courseAudience', '居民 / 未成年人 / 老年人'),
  schools: labelled(z.array(ref('schools', '学校')).min(1, { error: '至少选择一所开课学校(at least one school)' }), '开课学校'),
  campaign: ref('campaigns', '所属教育活动').optional(),
  howToJoin: paragraph('报名方式').optional(),
  lessons: labelled(z.array(lessonSchema).min(1, { error: '至少需要一节课(at least one lesson)' }), '课时安排'),
  summary: summary('课程简介'),
  en: english(),
  movedFrom: movedFrom(),
});

export const campaignSchema = entry({
  title: text('活动名称'),
  key: key(),
  start: localDate('开始日期'),
  end: localDate('结束日期'),
  audience: labelled(z.array(choice(CAMPAIGN_AUDIENCES, '面向对象', 'campaignAudience')).min(1, { error: '至少选择一类面向对象' }), '面向对象'),
  schools: labelled(z.array(ref('schools', '学校')).default([]), '参与学校'),
  howToJoin: paragraph('参与方式'),
  materials: materials('活动材料'),
  activities: labelled(
    z
      .array(
        z.strictObject({
          title: text('活动名称'),
          start: dateTime('开始时间'),
          end: dateTime('结束时间').optional(),
          venue: ref('venues', '地点').optional(),
        }),
      )
      .default([]),
    '具体活动安排',
    '会显示在日历中',
  ),
  photos: album(),
  summary: summary(),
  en: english(),
  movedFrom: movedFrom(),
}).superRefine((campaign, ctx) => {
  if (campaign.end < campaign.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: '“结束日期”早于“开始日期”(the campaign ends before it starts)' });
  }
});

export const librarySchema = entry({
  name: text('名称'),
  key: key(),
  kind: choice(LIBRARY_KINDS, '类型', 'libraryKind', '社区图书馆 / 电子阅览室 / 市图书馆 / 数字资源'),
  community: ref('communities', '所在社区', '市图书馆和数字资源可不填').optional(),
  address: text('地址', '数字资源可不填').optional(),
  phone: text('电话').optional(),
  hours: labelled(
    z
      .array(
        z.strictObject({
          days: labelled(z.array(choice(WEEKDAYS, '星期', 'weekday')).min(1), '适用星期'),
          opens: clockTime('开门'),
          closes: clockTime('闭馆'),
        }),
      )
      .default([]),
    '开放时间',
  ),
  url: link('网址').optional(),
  summary: summary('简介'),
  en: english(),
}).superRefine((place, ctx) => {
  if (place.kind !== 'digital-resource' && !place.address) {
    ctx.addIssue({ code: 'custom', path: ['address'], message: '实体图书馆和阅览室必须填写“地址”(physical libraries need an address)' });
  }
  if (place.kind === 'digital-resource' && !place.url) {
    ctx.addIssue({ code: 'custom', path: ['url'], message: '数字资源必须填写“网址”(digital resources need a URL)' });
  }
});
