import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CreateActivityFromArticle as CreateActivityFromArticle_3c3395ac1329cbf5f1e667988e2eea98 } from '@/modules/activities/admin/create-from-article'
import { WorkflowActionField as WorkflowActionField_9f3bf5ee746ec47889ec9922f88bb697 } from '@/shared/workflow/ui/workflow-action-field'
import { HistoryRowLabel as HistoryRowLabel_411697f6e1d3e17c4507b7113aa45165 } from '@/shared/workflow/ui/history-row-label'
import { QaActionField as QaActionField_c9d0de34e8f8ee56770734bfae28f3f7 } from '@/modules/qa/admin/qa-action-field'
import { QaQueue as QaQueue_548b5e9ca74ac26c6941f8672a70846b } from '@/modules/qa/admin/qa-queue'
import { SummaryLink as SummaryLink_928d29d9fad192651d232ad17f599731 } from '@/modules/dialogue/ui/admin/summary-link'
import { ModerationCell as ModerationCell_d511df77c1076e058bbc7f1227307962 } from '@/modules/dialogue/ui/admin/moderation-cell'
import { RegistryLinks as RegistryLinks_6236377f42cb98298033d404d1f737a6 } from '@/modules/registries/admin/registry-links'
import { ActivityActionsField as ActivityActionsField_241da2305733170f37a39f8645553820 } from '@/modules/activities/admin/activity-actions-field'
import { PendingActivities as PendingActivities_f195ec3773a0c2f9bcbfaf02ef4b4eba } from '@/modules/activities/admin/pending-activities'
import { ReportValuesField as ReportValuesField_ba93865fb61c882473a0b982e0aa43b8 } from '@/modules/reports/admin/values-field'
import { ReportActionField as ReportActionField_00177204e128071ec938ad571ab6dbb7 } from '@/modules/reports/admin/report-action-field'
import { ReportStatusLink as ReportStatusLink_56a89659d83e88f65ec52692b9866b24 } from '@/modules/reports/admin/status-link'
import { MfaResetButton as MfaResetButton_cc30a7a6eb10cd9b152b91787c4dac58 } from '@/modules/organisation/mfa/ui/reset-button'
import { MfaRecoveryCodes as MfaRecoveryCodes_e4a38484aeea0f4c91064bc4b8f44d71 } from '@/modules/organisation/mfa/ui/recovery-codes'
import { IssuedKeyNotice as IssuedKeyNotice_6422c908ee29b916b23d735edc53c9fd } from '@/modules/data-exchange/open-api/admin/issued-key'
import { IssuedSecretNotice as IssuedSecretNotice_b7f28a0ee682cc25eaca957a5ce52548 } from '@/modules/data-exchange/changes/admin/issued-secret'
import { ConflictActions as ConflictActions_2d87de0466d99976e25b491117627559 } from '@/modules/data-exchange/sync/admin/conflict-actions'
import { ConflictStatusCell as ConflictStatusCell_2d87de0466d99976e25b491117627559 } from '@/modules/data-exchange/sync/admin/conflict-actions'
import { AdminIcon as AdminIcon_3b13f17d1d6cb7c56f257fffe92bddc1 } from '@/shared/ui/admin/brand'
import { AdminLogo as AdminLogo_3b13f17d1d6cb7c56f257fffe92bddc1 } from '@/shared/ui/admin/brand'
import { ConnectorImportNavLink as ConnectorImportNavLink_c339e8a937d41a6519429bc7835bb71d } from '@/modules/data-exchange/connectors/admin/import-view'
import { RegistryImportNavLink as RegistryImportNavLink_6236377f42cb98298033d404d1f737a6 } from '@/modules/registries/admin/registry-links'
import { ReportStatusNavLink as ReportStatusNavLink_56a89659d83e88f65ec52692b9866b24 } from '@/modules/reports/admin/status-link'
import { StatisticsNavLink as StatisticsNavLink_db281e201b5d41c470d245d453d1890f } from '@/modules/statistics/ui/admin/nav-link'
import { ContestsNavLinks as ContestsNavLinks_25a8f67ef351da11658d839be977d021 } from '@/modules/contests/admin/nav-links'
import { GuideLink as GuideLink_5c80a186d5cd9e147e757b1d876893ca } from '@/shared/ui/admin/guide-link'
import { ReviewQueue as ReviewQueue_e4acd1365eda223b033beb5bfa96972d } from '@/modules/news/ui/admin/review-queue'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ConnectorImportView as ConnectorImportView_c339e8a937d41a6519429bc7835bb71d } from '@/modules/data-exchange/connectors/admin/import-view'
import { RegistriesImportView as RegistriesImportView_706c1119e2faf867c71efa0beab0bb67 } from '@/modules/registries/admin/import-view'
import { ReportStatusView as ReportStatusView_579b78fb29a2069d3ff0e08a980e376c } from '@/modules/reports/admin/status-view'
import { StatisticsDashboardView as StatisticsDashboardView_bf71f7be65abf8f1d56ac7e62cc556e0 } from '@/modules/statistics/ui/admin/dashboard-view'
import { ContestQuestionImportView as ContestQuestionImportView_025bcb6245eb64f72d199936b0801fd8 } from '@/modules/contests/admin/question-import-view'
import { ContestRoundReportView as ContestRoundReportView_bd906873656f9feb56bdafd61acc2d69 } from '@/modules/contests/admin/round-report-view'
import { MfaView as MfaView_3108e49dc2abbf6cf623377ac8b59758 } from '@/modules/organisation/mfa/ui/mfa-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/modules/activities/admin/create-from-article#CreateActivityFromArticle": CreateActivityFromArticle_3c3395ac1329cbf5f1e667988e2eea98,
  "@/shared/workflow/ui/workflow-action-field#WorkflowActionField": WorkflowActionField_9f3bf5ee746ec47889ec9922f88bb697,
  "@/shared/workflow/ui/history-row-label#HistoryRowLabel": HistoryRowLabel_411697f6e1d3e17c4507b7113aa45165,
  "@/modules/qa/admin/qa-action-field#QaActionField": QaActionField_c9d0de34e8f8ee56770734bfae28f3f7,
  "@/modules/qa/admin/qa-queue#QaQueue": QaQueue_548b5e9ca74ac26c6941f8672a70846b,
  "@/modules/dialogue/ui/admin/summary-link#SummaryLink": SummaryLink_928d29d9fad192651d232ad17f599731,
  "@/modules/dialogue/ui/admin/moderation-cell#ModerationCell": ModerationCell_d511df77c1076e058bbc7f1227307962,
  "@/modules/registries/admin/registry-links#RegistryLinks": RegistryLinks_6236377f42cb98298033d404d1f737a6,
  "@/modules/activities/admin/activity-actions-field#ActivityActionsField": ActivityActionsField_241da2305733170f37a39f8645553820,
  "@/modules/activities/admin/pending-activities#PendingActivities": PendingActivities_f195ec3773a0c2f9bcbfaf02ef4b4eba,
  "@/modules/reports/admin/values-field#ReportValuesField": ReportValuesField_ba93865fb61c882473a0b982e0aa43b8,
  "@/modules/reports/admin/report-action-field#ReportActionField": ReportActionField_00177204e128071ec938ad571ab6dbb7,
  "@/modules/reports/admin/status-link#ReportStatusLink": ReportStatusLink_56a89659d83e88f65ec52692b9866b24,
  "@/modules/organisation/mfa/ui/reset-button#MfaResetButton": MfaResetButton_cc30a7a6eb10cd9b152b91787c4dac58,
  "@/modules/organisation/mfa/ui/recovery-codes#MfaRecoveryCodes": MfaRecoveryCodes_e4a38484aeea0f4c91064bc4b8f44d71,
  "@/modules/data-exchange/open-api/admin/issued-key#IssuedKeyNotice": IssuedKeyNotice_6422c908ee29b916b23d735edc53c9fd,
  "@/modules/data-exchange/changes/admin/issued-secret#IssuedSecretNotice": IssuedSecretNotice_b7f28a0ee682cc25eaca957a5ce52548,
  "@/modules/data-exchange/sync/admin/conflict-actions#ConflictActions": ConflictActions_2d87de0466d99976e25b491117627559,
  "@/modules/data-exchange/sync/admin/conflict-actions#ConflictStatusCell": ConflictStatusCell_2d87de0466d99976e25b491117627559,
  "@/shared/ui/admin/brand#AdminIcon": AdminIcon_3b13f17d1d6cb7c56f257fffe92bddc1,
  "@/shared/ui/admin/brand#AdminLogo": AdminLogo_3b13f17d1d6cb7c56f257fffe92bddc1,
  "@/modules/data-exchange/connectors/admin/import-view#ConnectorImportNavLink": ConnectorImportNavLink_c339e8a937d41a6519429bc7835bb71d,
  "@/modules/registries/admin/registry-links#RegistryImportNavLink": RegistryImportNavLink_6236377f42cb98298033d404d1f737a6,
  "@/modules/reports/admin/status-link#ReportStatusNavLink": ReportStatusNavLink_56a89659d83e88f65ec52692b9866b24,
  "@/modules/statistics/ui/admin/nav-link#StatisticsNavLink": StatisticsNavLink_db281e201b5d41c470d245d453d1890f,
  "@/modules/contests/admin/nav-links#ContestsNavLinks": ContestsNavLinks_25a8f67ef351da11658d839be977d021,
  "@/shared/ui/admin/guide-link#GuideLink": GuideLink_5c80a186d5cd9e147e757b1d876893ca,
  "@/modules/news/ui/admin/review-queue#ReviewQueue": ReviewQueue_e4acd1365eda223b033beb5bfa96972d,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/modules/data-exchange/connectors/admin/import-view#ConnectorImportView": ConnectorImportView_c339e8a937d41a6519429bc7835bb71d,
  "@/modules/registries/admin/import-view#RegistriesImportView": RegistriesImportView_706c1119e2faf867c71efa0beab0bb67,
  "@/modules/reports/admin/status-view#ReportStatusView": ReportStatusView_579b78fb29a2069d3ff0e08a980e376c,
  "@/modules/statistics/ui/admin/dashboard-view#StatisticsDashboardView": StatisticsDashboardView_bf71f7be65abf8f1d56ac7e62cc556e0,
  "@/modules/contests/admin/question-import-view#ContestQuestionImportView": ContestQuestionImportView_025bcb6245eb64f72d199936b0801fd8,
  "@/modules/contests/admin/round-report-view#ContestRoundReportView": ContestRoundReportView_bd906873656f9feb56bdafd61acc2d69,
  "@/modules/organisation/mfa/ui/mfa-view#MfaView": MfaView_3108e49dc2abbf6cf623377ac8b59758,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
