/**
 * Decap's Simplified Chinese interface, completed and reworded for the district's editors
 * (issue 14, item 8): decap-cms-locales' zh_Hans lacks some strings (they showed in English:
 * "Expand", "string field", "Close"…), calls the review column 审查中 and a new entry 新建帖子, and
 * shows workflow dates as "November 28". These phrases are laid over it with CMS.registerLocale.
 */
export type Phrases = { [key: string]: string | Phrases };

export const ZH_OVERRIDES: Phrases = {
  app: { app: { waitingBackend: '正在等待内容服务器的数据……' } },
  auth: {
    loginWithForgejo: '使用 Forgejo 登录',
    errors: { identitySettings: '无法连接账户认证服务(使用 Git Gateway 时,请确认已开启 Netlify Identity 和 Git Gateway)' },
  },
  collection: {
    collectionTop: { viewAsList: '列表视图', viewAsGrid: '网格视图' },
    entries: { unpublishedHeader: '未发布的内容' },
  },
  editor: {
    editorControl: { field: { widgetLabel: '%{widgetLabel}字段' } },
    editorControlPane: {
      widget: {
        // The pattern's own message says what is expected ("只能用小写英文字母…"); Decap's
        // "不满足模式" wording is a programmer's, and the label stands right above the message.
        regexPattern: '%{pattern}',
        rangeMin: '“%{fieldLabel}”至少要有 %{minCount} 项。',
        rangeMax: '“%{fieldLabel}”最多只能有 %{maxCount} 项。',
      },
    },
    editorInterface: { toggleNotes: '显示或隐藏备注' },
    editorNotesPane: {
      title: '备注',
      emptyState: '还没有备注。在下面写第一条备注。',
      addNote: '添加备注',
      addPlaceholder: '写一条备注……',
      editPlaceholder: '修改备注……',
      save: '保存',
      cancel: '取消',
      edit: '修改',
      delete: '删除',
      resolve: '标为已解决',
      unresolve: '重新打开',
      confirmDelete: '确定删除这条备注吗?',
      shortcut: '提示:按 Ctrl+Enter 快速添加备注',
    },
    editorToolbar: {
      statusInfoTooltipDraft: '这条内容还是草稿。改完后把状态设为“待审核”,交给审核人。',
      statusInfoTooltipInReview: '这条内容正在审核,不需要再做什么;审核期间仍可以继续修改。',
    },
    editorWidgets: {
      markdown: {
        strikethrough: '删除线',
        toggleMode: { rich: '切换到可视编辑', markdown: '切换到 Markdown 源码' },
      },
      image: { chooseMultiple: '选择图片', addMore: '添加更多图片', removeAll: '移除全部图片' },
      file: { chooseMultiple: '选择文件', addMore: '添加更多文件', removeAll: '移除全部文件' },
      datetime: { setToNow: '把“%{fieldLabel}”设为现在' },
      list: { addType: '新增%{item}' },
      object: { expand: '展开', collapse: '收起' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: '关闭' } },
  ui: {
    settingsDropdown: { account: '账户选项' },
    errorBoundary: { reportIt: '在 GitHub 上报告这个问题', privacyWarning: '报告会带上错误信息和调试数据。\n请检查其中内容,并删去不宜公开的信息。' },
    toast: {
      // The details are our own Chinese message (admin/cms.ts), shown without "Error: ".
      onFailToPersist: '没有保存:%{details}',
      noteAdded: '备注已添加',
      onFailToAddNote: '添加备注失败:%{details}',
      noteUpdated: '备注已更新',
      onFailToUpdateNote: '更新备注失败:%{details}',
      noteDeleted: '备注已删除',
      onFailToDeleteNote: '删除备注失败:%{details}',
      noteResolved: '备注已标为解决',
      noteReopened: '备注已重新打开',
      onFailToToggleNote: '更改备注状态失败:%{details}',
    },
  },
  workflow: {
    workflow: {
      newPost: '新建内容',
      description: '%{smart_count} 条待审核,%{readyCount} 条可以发布',
      // dayjs format: 11月28日
      dateFormat: 'M月D日',
    },
    workflowList: {
      inReviewHeader: '待审核',
      readyHeader: '可以发布',
    },
  },
};

/**
 * The page Decap shows when its configuration does not load. It is drawn before the
 * configuration's `locale` is known, so in Decap's default language (English: "Error loading the
 * CMS configuration"); these phrases are laid over that default for a Chinese interface.
 */
export const CONFIG_ERROR_PHRASES: Phrases = {
  app: {
    app: {
      errorHeader: '内容管理后台无法启动:配置有误',
      configErrors: '配置中的问题(请把下面这段文字发给网站管理员)',
      checkConfigYml:
        '这不是编辑操作造成的,编辑无法自行修复。管理员请检查 admin/config.yml 和构建时设置的 PUBLIC_CMS_* 环境变量(见 README 的 “Publishing from the CMS” 一节)。',
    },
  },
};

/** `base` with `overrides` laid over it, key by key. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const result: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = result[key];
    result[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return result;
}

/** Every key of `reference` (Decap's English phrases) that `phrases` lacks, as "a.b.c". */
export function missingKeys(reference: Phrases, phrases: Phrases, prefix = ''): string[] {
  return Object.entries(reference).flatMap(([key, value]) => {
    const own = phrases[key];
    if (typeof value === 'object') return missingKeys(value, typeof own === 'object' ? own : {}, `${prefix}${key}.`);
    return own === undefined ? [`${prefix}${key}`] : [];
  });
}
