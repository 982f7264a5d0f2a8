import type { Field, Validate } from 'payload'
import { noMarkup } from '@/shared/fields/common'
import {
  CAPTION_LANGUAGES,
  LIBRARY_FILES_SLUG,
  type LibraryFileFamily,
  type LibraryKind,
} from '../../library/constants'
import { youtubeIdOf, youtubeWatchUrl } from '../../library/youtube'

type Sibling = { kind?: LibraryKind; videoSource?: 'upload' | 'youtube'; [key: string]: unknown }

const isKind = (kind: LibraryKind) => (_: unknown, sibling: Sibling) => sibling?.kind === kind
const isUploadedVideo = (_: unknown, s: Sibling) => s?.kind === 'video' && s.videoSource !== 'youtube'
const isYoutube = (_: unknown, s: Sibling) => s?.kind === 'video' && s.videoSource === 'youtube'

const idOf = (value: unknown): number | string | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/** A required upload of one family of library file (checked on the stored file, not on the name). */
function libraryFileCheck(args: {
  family: LibraryFileFamily
  when: (s: Sibling) => boolean
  missing: string
  wrong: string
}): Validate {
  return async (value, { siblingData, req }) => {
    if (!args.when(siblingData as Sibling)) return true
    const id = idOf(value)
    if (id === null) return args.missing
    // System read: the check concerns the file's verified type, whoever may read it.
    const file = await req.payload
      .findByID({ collection: LIBRARY_FILES_SLUG, id, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)
    if (!file) return 'Không tìm thấy tệp đã chọn.'
    return (file as { family?: string }).family === args.family ? true : args.wrong
  }
}

/** Required text of at least `min` characters when `when` holds. */
function requiredText(min: number, message: string, when: (s: Sibling) => boolean): Validate {
  return (value, { siblingData }) => {
    if (!when(siblingData as Sibling)) return true
    if (typeof value !== 'string' || value.trim().length < min) return message
    return noMarkup(value)
  }
}

const requiredImage =
  (message: string, when: (s: Sibling) => boolean): Validate =>
  (value, { siblingData }) =>
    !when(siblingData as Sibling) || idOf(value) !== null ? true : message

/** Video: an uploaded file with a poster and captions, or a YouTube address. */
export const videoFields: Field[] = [
  {
    name: 'videoSource',
    label: 'Nguồn video',
    type: 'radio',
    defaultValue: 'upload',
    options: [
      { label: 'Tải lên tệp video (MP4, WebM)', value: 'upload' },
      { label: 'Liên kết YouTube', value: 'youtube' },
    ],
    admin: { condition: isKind('video') },
  },
  {
    name: 'videoFile',
    label: 'Tệp video',
    type: 'upload',
    relationTo: LIBRARY_FILES_SLUG,
    admin: { condition: isUploadedVideo },
    validate: libraryFileCheck({
      family: 'video',
      when: (s) => isUploadedVideo(null, s),
      missing: 'Hãy tải lên tệp video (MP4 hoặc WebM).',
      wrong: 'Tệp đã chọn không phải là video MP4 hoặc WebM.',
    }),
  },
  {
    name: 'captions',
    label: 'Phụ đề (WebVTT)',
    type: 'array',
    maxRows: 6,
    labels: { singular: 'Phụ đề', plural: 'Phụ đề' },
    admin: {
      condition: isUploadedVideo,
      description: 'Bắt buộc ít nhất một bản phụ đề tiếng Việt cho video tải lên (tệp .vtt).',
    },
    validate: (value, { siblingData }) => {
      if (!isUploadedVideo(null, siblingData as Sibling)) return true
      const rows = Array.isArray(value) ? (value as { language?: string }[]) : []
      if (rows.length === 0) return 'Video tải lên phải có ít nhất một bản phụ đề WebVTT (.vtt).'
      const languages = rows.map((r) => r.language)
      if (new Set(languages).size !== languages.length) return 'Mỗi ngôn ngữ chỉ cần một bản phụ đề.'
      return true
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'file',
            label: 'Tệp phụ đề',
            type: 'upload',
            relationTo: LIBRARY_FILES_SLUG,
            required: true,
            validate: libraryFileCheck({
              family: 'captions',
              when: () => true,
              missing: 'Hãy chọn tệp phụ đề.',
              wrong: 'Tệp phụ đề phải là tệp WebVTT (.vtt).',
            }),
          },
          {
            name: 'language',
            label: 'Ngôn ngữ',
            type: 'select',
            required: true,
            defaultValue: 'vi',
            options: CAPTION_LANGUAGES.map((l) => ({ ...l })),
          },
        ],
      },
    ],
  },
  {
    name: 'youtubeUrl',
    label: 'Địa chỉ video YouTube',
    type: 'text',
    maxLength: 500,
    admin: {
      condition: isYoutube,
      description:
        'Dán địa chỉ dạng youtube.com/watch?v=…, youtu.be/…, youtube.com/shorts/… hoặc youtube.com/embed/…. Video chỉ được tải từ YouTube khi người xem bấm “Phát video”.',
    },
    hooks: {
      // Stored in one canonical form, with the id beside it, so pages never parse addresses.
      beforeChange: [
        ({ value, siblingData }) => {
          const s = siblingData as Sibling
          if (!isYoutube(null, s) || typeof value !== 'string') {
            if (s && s.kind && !isYoutube(null, s)) s.youtubeId = null
            return s && s.kind && !isYoutube(null, s) ? null : value
          }
          const id = youtubeIdOf(value)
          s.youtubeId = id
          return id ? youtubeWatchUrl(id) : value
        },
      ],
    },
    validate: ((value: unknown, { siblingData }: { siblingData: unknown }) => {
      if (!isYoutube(null, siblingData as Sibling)) return true
      if (typeof value !== 'string' || !value.trim()) return 'Hãy nhập địa chỉ video YouTube.'
      return youtubeIdOf(value)
        ? true
        : 'Địa chỉ YouTube không hợp lệ. Hãy dán địa chỉ của một video cụ thể, ví dụ https://www.youtube.com/watch?v=xxxxxxxxxxx hoặc https://youtu.be/xxxxxxxxxxx.'
    }) as Validate,
  },
  {
    name: 'youtubeId',
    label: 'Mã video YouTube',
    type: 'text',
    maxLength: 11,
    admin: { condition: isYoutube, readOnly: true, description: 'Tự tính từ địa chỉ.' },
  },
  {
    name: 'poster',
    label: 'Ảnh đại diện video (poster)',
    type: 'upload',
    relationTo: 'media',
    admin: {
      condition: isKind('video'),
      description:
        'Bắt buộc với video tải lên. Với YouTube, ảnh này thay cho ảnh của YouTube (không tải ảnh từ YouTube).',
    },
    validate: requiredImage('Video tải lên phải có ảnh đại diện (poster).', (s) => isUploadedVideo(null, s)),
  },
]

/** Audio: a podcast or school-radio programme and its full transcript. */
export const audioFields: Field[] = [
  {
    name: 'audioFile',
    label: 'Tệp âm thanh',
    type: 'upload',
    relationTo: LIBRARY_FILES_SLUG,
    admin: { condition: isKind('audio') },
    validate: libraryFileCheck({
      family: 'audio',
      when: (s) => s?.kind === 'audio',
      missing: 'Hãy tải lên tệp âm thanh (MP3, M4A hoặc OGG).',
      wrong: 'Tệp đã chọn không phải là tệp âm thanh MP3, M4A hoặc OGG.',
    }),
  },
  {
    name: 'transcript',
    label: 'Lời thoại (bản ghi)',
    type: 'textarea',
    maxLength: 60000,
    admin: {
      condition: isKind('audio'),
      description: 'Bắt buộc: toàn văn lời thoại cho người không nghe được hoặc muốn đọc. Mỗi đoạn một dòng.',
    },
    validate: requiredText(
      50,
      'Chương trình âm thanh phải có lời thoại đầy đủ (ít nhất 50 ký tự).',
      (s) => s?.kind === 'audio',
    ),
  },
]

/** Infographic: the image (with its short alt) and a long text alternative. */
export const infographicFields: Field[] = [
  {
    name: 'image',
    label: 'Ảnh infographic',
    type: 'upload',
    relationTo: 'media',
    admin: { condition: isKind('infographic') },
    validate: requiredImage('Hãy chọn ảnh infographic.', (s) => s?.kind === 'infographic'),
  },
  {
    name: 'longDescription',
    label: 'Mô tả chi tiết (văn bản thay thế dài)',
    type: 'textarea',
    maxLength: 20000,
    admin: {
      condition: isKind('infographic'),
      description: 'Bắt buộc: nêu đầy đủ thông tin trong ảnh để người dùng trình đọc màn hình tiếp cận được.',
    },
    validate: requiredText(
      80,
      'Infographic phải có mô tả chi tiết toàn bộ nội dung trong ảnh (ít nhất 80 ký tự).',
      (s) => s?.kind === 'infographic',
    ),
  },
]

const ebook = (s: Sibling) => s?.kind === 'ebook'

/** E-book or leaflet: the PDF, its cover and the metadata of the national e-legal bookshelf. */
export const ebookFields: Field[] = [
  {
    name: 'pdfFile',
    label: 'Tệp PDF',
    type: 'upload',
    relationTo: LIBRARY_FILES_SLUG,
    admin: { condition: isKind('ebook') },
    validate: libraryFileCheck({
      family: 'pdf',
      when: ebook,
      missing: 'Hãy tải lên tệp PDF của sách hoặc tờ gấp.',
      wrong: 'Tệp đã chọn không phải là tệp PDF.',
    }),
  },
  {
    name: 'cover',
    label: 'Ảnh bìa',
    type: 'upload',
    relationTo: 'media',
    admin: { condition: isKind('ebook') },
    validate: requiredImage('Sách điện tử, tờ gấp phải có ảnh bìa.', ebook),
  },
  {
    type: 'row',
    admin: { condition: isKind('ebook') },
    fields: [
      {
        name: 'author',
        label: 'Tác giả / người biên soạn',
        type: 'text',
        maxLength: 200,
        validate: requiredText(2, 'Hãy ghi tác giả hoặc người biên soạn.', ebook),
      },
      {
        name: 'publisher',
        label: 'Nhà xuất bản / đơn vị phát hành',
        type: 'text',
        maxLength: 200,
        validate: requiredText(2, 'Hãy ghi nhà xuất bản hoặc đơn vị phát hành.', ebook),
      },
      {
        name: 'year',
        label: 'Năm xuất bản',
        type: 'number',
        min: 1945,
        max: 2100,
        validate: ((value: unknown, { siblingData }: { siblingData: unknown }) => {
          if (!ebook(siblingData as Sibling)) return true
          const year = Number(value)
          const now = new Date().getFullYear()
          return Number.isInteger(year) && year >= 1945 && year <= now + 1
            ? true
            : `Năm xuất bản phải là số từ 1945 đến ${now + 1}.`
        }) as Validate,
      },
      { name: 'pages', label: 'Số trang', type: 'number', min: 1, max: 5000 },
    ],
  },
]
