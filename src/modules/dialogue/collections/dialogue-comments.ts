import type { CollectionConfig, Field } from 'payload'
import { editorial } from '@/shared/access/rules'
import { personalDataField } from '@/shared/access/personal-data'
import {
  boardField,
  commentReader,
  commentUpdater,
  decisionField,
  publicSubmissionOnly,
  staffOnlyField,
  systemField,
} from '../access/comment-access'
import {
  ADMIN_GROUP,
  COMMENT_MAX,
  COMMENT_MIN,
  COMMENT_STATUSES,
  DECISIONS,
  DIALOGUE_COMMENTS_SLUG,
  DIALOGUES_SLUG,
  FLAG_REASONS,
  WHOLE_TEXT,
} from '../constants'
import { checkCommentChange, prepareNewComment, revalidateComment } from '../hooks/comment-hooks'
import { commentAudit } from '../hooks/comment-audit'

const sidebar = { position: 'sidebar' as const }

const moderationFields: Field[] = [
  {
    name: 'status',
    label: 'Trạng thái',
    type: 'select',
    required: true,
    defaultValue: 'cho-duyet',
    index: true,
    options: COMMENT_STATUSES.map((s) => ({ ...s })),
    access: { update: boardField },
    admin: {
      ...sidebar,
      components: { Cell: '@/modules/dialogue/ui/admin/moderation-cell#ModerationCell' },
    },
  },
  {
    name: 'rejectReason',
    label: 'Lý do từ chối',
    type: 'textarea',
    maxLength: 1000,
    access: { read: staffOnlyField, update: boardField },
    admin: { ...sidebar, condition: (_, s) => s?.status === 'tu-choi' },
  },
  {
    name: 'flagCount',
    label: 'Số lượt báo cáo vi phạm',
    type: 'number',
    defaultValue: 0,
    access: { read: staffOnlyField, create: systemField, update: boardField },
    admin: sidebar,
  },
  {
    name: 'flags',
    label: 'Báo cáo vi phạm của bạn đọc',
    type: 'array',
    access: { read: staffOnlyField, create: systemField, update: systemField },
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      { name: 'reason', label: 'Lý do', type: 'select', options: FLAG_REASONS.map((r) => ({ ...r })) },
      { name: 'at', label: 'Thời điểm', type: 'date' },
    ],
  },
]

const outcomeFields: Field[] = [
  {
    type: 'collapsible',
    label: 'Kết quả tiếp thu, giải trình (sau khi kết thúc lấy ý kiến)',
    fields: [
      {
        name: 'decision',
        label: 'Kết quả xử lý',
        type: 'select',
        index: true,
        options: DECISIONS.map((d) => ({ ...d })),
        access: { update: decisionField },
      },
      {
        name: 'decisionReason',
        label: 'Nội dung tiếp thu / giải trình',
        type: 'textarea',
        maxLength: 5000,
        access: { update: decisionField },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'answeredBy',
            label: 'Người trả lời (phiên trực tiếp)',
            type: 'text',
            maxLength: 200,
            access: { update: decisionField },
          },
        ],
      },
      {
        name: 'answer',
        label: 'Nội dung trả lời (phiên trực tiếp)',
        type: 'textarea',
        maxLength: 10000,
        access: { update: decisionField },
      },
    ],
  },
]

/** A citizen's comment on a dialogue, or a question collected before a live session. */
export const DialogueComments: CollectionConfig = {
  slug: DIALOGUE_COMMENTS_SLUG,
  labels: { singular: 'Góp ý, câu hỏi đối thoại', plural: 'Góp ý, câu hỏi đối thoại' },
  admin: {
    useAsTitle: 'excerpt',
    group: ADMIN_GROUP,
    defaultColumns: ['excerpt', 'dialogue', 'sectionKey', 'status', 'flagCount', 'decision', 'createdAt'],
    listSearchableFields: ['body'],
    description: 'Lọc theo “Trạng thái” để duyệt góp ý mới (Chờ duyệt) hoặc xem góp ý bị báo cáo vi phạm.',
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: {
    read: commentReader,
    create: publicSubmissionOnly,
    update: commentUpdater,
    delete: editorial,
  },
  fields: [
    {
      name: 'dialogue',
      label: 'Đối thoại',
      type: 'relationship',
      relationTo: DIALOGUES_SLUG,
      required: true,
      index: true,
      access: { update: systemField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sectionKey',
          label: 'Góp ý cho điều, mục',
          type: 'text',
          defaultValue: WHOLE_TEXT,
          maxLength: 40,
          access: { update: boardField },
        },
        {
          name: 'kind',
          label: 'Loại',
          type: 'select',
          defaultValue: 'gop-y',
          options: [
            { value: 'gop-y', label: 'Góp ý' },
            { value: 'cau-hoi', label: 'Câu hỏi gửi lãnh đạo' },
          ],
          access: { update: systemField },
        },
        {
          name: 'number',
          label: 'Số thứ tự',
          type: 'number',
          access: { create: systemField, update: systemField },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'displayName',
      label: 'Tên hiển thị công khai',
      type: 'text',
      maxLength: 60,
      access: { create: systemField, update: boardField },
      admin: { description: 'Chữ cái đầu của họ tên, hoặc “Người góp ý #n”.' },
    },
    {
      name: 'body',
      label: 'Nội dung',
      type: 'textarea',
      required: true,
      minLength: COMMENT_MIN,
      maxLength: COMMENT_MAX,
      access: { update: boardField },
    },
    {
      name: 'excerpt',
      label: 'Trích nội dung',
      type: 'text',
      // Kept by the hooks from the body: the admin list shows it as the title.
      access: { create: systemField, update: systemField },
      admin: { hidden: true },
    },
    {
      type: 'collapsible',
      label: 'Thông tin người gửi (dữ liệu cá nhân, không công khai)',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'authorName', label: 'Họ và tên', type: 'text', required: true, maxLength: 120 },
            { name: 'email', label: 'Thư điện tử', type: 'email' },
            { name: 'phone', label: 'Số điện thoại', type: 'text', maxLength: 20 },
          ].map((f) => ({ ...f, access: { read: personalDataField, update: personalDataField } }) as Field),
        },
      ],
    },
    ...moderationFields,
    ...outcomeFields,
    {
      name: 'unit',
      label: 'Đơn vị chủ trì',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      access: { create: systemField, update: systemField },
      admin: { ...sidebar, readOnly: true },
    },
    {
      name: 'ipHash',
      type: 'text',
      access: { read: systemField, create: systemField, update: systemField },
      admin: { hidden: true },
    },
    {
      name: 'contactHash',
      type: 'text',
      index: true,
      access: { read: systemField, create: systemField, update: systemField },
      admin: { hidden: true },
    },
  ],
  hooks: {
    beforeChange: [prepareNewComment, checkCommentChange],
    afterChange: [revalidateComment, ...commentAudit.afterChange],
    afterRead: [...commentAudit.afterRead],
  },
}
