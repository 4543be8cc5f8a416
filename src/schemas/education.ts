/** 文明市民学校 courses, schools and 教育活动 campaigns. */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { choice, clockTime, dateTime, english, integer, labelled, link, localDate, summary, text } from './fields.ts';

export const SCHOOL_KINDS = ['civility', 'primary', 'secondary'] as const;
export const COURSE_AUDIENCES = ['residents', 'minors', 'elderly'] as const;
export const CAMPAIGN_AUDIENCES = ['pupils', 'parents', 'teachers', 'residents'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const material = z.object({
  title: text('材料名称', '如《文明市民手册》'),
  url: link('材料链接').optional(),
});

export const schoolSchema = z.object({
  name: text('学校名称'),
  kind: choice(SCHOOL_KINDS, '学校类型', '文明市民学校 / 小学 / 中学'),
  community: labelled(reference('communities'), '所在社区'),
  address: labelled(z.string().trim().min(1).optional(), '地址'),
  summary: summary('学校简介'),
  en: english(),
});

const lessonSchema = z
  .object({
    title: text('课时名称'),
    start: dateTime('上课时间', '单次课填写;每周固定上课的填写“每周安排”').optional(),
    weekly: labelled(
      z
        .object({
          weekday: choice(WEEKDAYS, '星期'),
          time: clockTime('上课时间'),
          from: localDate('首次上课日期'),
          until: localDate('最后上课日期'),
          except: labelled(z.array(localDate('停课日期')).default([]), '停课日期', '节假日等不上课的日期'),
        })
        .optional(),
      '每周安排',
    ),
    durationMinutes: integer('时长(分钟)').min(10).max(480).default(90),
    venue: labelled(reference('venues'), '上课地点'),
    teacher: text('授课人'),
    materials: labelled(z.array(material).default([]), '学习材料'),
  })
  .superRefine((lesson, ctx) => {
    if (!lesson.start === !lesson.weekly) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: '每节课要么填写“上课时间”(单次),要么填写“每周安排”,二者选一(give either a time or a weekly schedule)' });
    }
    if (lesson.weekly && lesson.weekly.until < lesson.weekly.from) {
      ctx.addIssue({ code: 'custom', path: ['weekly', 'until'], message: '“最后上课日期”早于“首次上课日期”' });
    }
  });

export const courseSchema = z.object({
  title: text('课程名称'),
  audience: choice(COURSE_AUDIENCES, '面向对象', '居民 / 未成年人 / 老年人'),
  schools: labelled(z.array(reference('schools')).min(1, { error: '至少选择一所开课学校(at least one school)' }), '开课学校'),
  campaign: labelled(reference('campaigns').optional(), '所属教育活动'),
  howToJoin: labelled(z.string().trim().min(1).optional(), '报名方式'),
  lessons: labelled(z.array(lessonSchema).min(1, { error: '至少需要一节课(at least one lesson)' }), '课时安排'),
  summary: summary('课程简介'),
  en: english(),
});

export const campaignSchema = z
  .object({
    title: text('活动名称'),
    start: localDate('开始日期'),
    end: localDate('结束日期'),
    audience: labelled(z.array(choice(CAMPAIGN_AUDIENCES, '面向对象')).min(1), '面向对象'),
    schools: labelled(z.array(reference('schools')).default([]), '参与学校'),
    howToJoin: text('参与方式'),
    materials: labelled(z.array(material).default([]), '活动材料'),
    activities: labelled(
      z
        .array(
          z.object({
            title: text('活动名称'),
            start: dateTime('开始时间'),
            end: dateTime('结束时间').optional(),
            venue: labelled(reference('venues').optional(), '地点'),
          }),
        )
        .default([]),
      '具体活动安排',
      '会显示在日历中',
    ),
    summary: summary(),
    en: english(),
  })
  .superRefine((campaign, ctx) => {
    if (campaign.end < campaign.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: '“结束日期”早于“开始日期”(the campaign ends before it starts)' });
    }
  });

export const LIBRARY_KINDS = ['community-library', 'e-reading-room', 'city-library', 'digital-resource'] as const;

export const librarySchema = z
  .object({
    name: text('名称'),
    kind: choice(LIBRARY_KINDS, '类型', '社区图书馆 / 电子阅览室 / 市图书馆 / 数字资源'),
    community: labelled(reference('communities').optional(), '所在社区', '市图书馆和数字资源可不填'),
    address: labelled(z.string().trim().min(1).optional(), '地址', '数字资源可不填'),
    phone: labelled(z.string().trim().min(1).optional(), '电话'),
    hours: labelled(
      z
        .array(
          z.object({
            days: labelled(z.array(choice(WEEKDAYS, '星期')).min(1), '适用星期'),
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
  })
  .superRefine((place, ctx) => {
    if (place.kind !== 'digital-resource' && !place.address) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: '实体图书馆和阅览室必须填写“地址”(physical libraries need an address)' });
    }
    if (place.kind === 'digital-resource' && !place.url) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: '数字资源必须填写“网址”(digital resources need a URL)' });
    }
  });
