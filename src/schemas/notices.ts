/** 通知公告: notices from the district office and the communities. */
import { z } from 'astro/zod';
import { choice, movedFrom, dateTime, english, entry, file, flag, key, labelled, ref, summary, text } from './fields.ts';

export const NOTICE_CATEGORIES = ['announcement', 'service', 'employment', 'assistance', 'culture-sports', 'safety', 'education', 'party'] as const;
export const NOTICE_STATUSES = ['active', 'amended', 'repealed'] as const;

export const noticeSchema = entry({
  title: text('标题'),
  key: key(),
  published: dateTime('发布时间'),
  category: choice(NOTICE_CATEGORIES, '分类', 'category'),
  communities: labelled(z.array(ref('communities', '社区')).default([]), '适用社区', '不选表示全区'),
  pinned: flag('置顶', '在首页和通知列表顶部显示'),
  urgent: flag('紧急', '在每个页面顶部显示横幅,直到“失效时间”'),
  expires: dateTime('失效时间', '紧急通知必填;过了这个时间横幅不再显示').optional(),
  status: choice(NOTICE_STATUSES, '状态', 'noticeStatus', '有效 / 已修改 / 已废止').default('active'),
  replacedBy: ref('notices', '替代通知', '状态为“已修改”或“已废止”时,指向新的通知').optional(),
  attachments: labelled(z.array(z.strictObject({ title: text('附件名称'), file: file('附件文件', '如 PDF,上传到 /uploads/') })).default([]), '附件'),
  event: labelled(
    z.strictObject({
      start: dateTime('活动开始'),
      end: dateTime('活动结束').optional(),
      venue: ref('venues', '活动地点').optional(),
    }),
    '活动时间',
    '通知涉及具体活动时填写,会显示在日历中',
  ).optional(),
  summary: summary(),
  en: english(),
  movedFrom: movedFrom(),
}).superRefine((notice, ctx) => {
  if (notice.urgent && !notice.expires) {
    ctx.addIssue({ code: 'custom', path: ['expires'], message: '紧急通知必须填写“失效时间”,否则横幅会一直显示(urgent notices need an expiry)' });
  }
  if (notice.status !== 'active' && !notice.replacedBy) {
    ctx.addIssue({
      code: 'custom',
      path: ['replacedBy'],
      message: '状态为“已修改”或“已废止”的通知必须指明“替代通知”(amended or repealed notices must name their replacement)',
    });
  }
  if (notice.event?.end && notice.event.end < notice.event.start) {
    ctx.addIssue({ code: 'custom', path: ['event', 'end'], message: '“活动结束”早于“活动开始”(the event ends before it starts)' });
  }
});
