// Generated from the shell's commands (src-tauri/src/commands/*.rs) by its contract test
// (src-tauri/tests/contract.rs, run by `cargo test`). Do not edit: change the Rust command instead.
import type { Channel } from "@tauri-apps/api/core";
import type { AgreementRecord } from "./bindings/AgreementRecord";
import type { AnalysisSettings } from "./bindings/AnalysisSettings";
import type { AppStatus } from "./bindings/AppStatus";
import type { BackupInfo } from "./bindings/BackupInfo";
import type { Campaign } from "./bindings/Campaign";
import type { CampaignCharts } from "./bindings/CampaignCharts";
import type { CampaignDetail } from "./bindings/CampaignDetail";
import type { CampaignInput } from "./bindings/CampaignInput";
import type { CampaignPartner } from "./bindings/CampaignPartner";
import type { CampaignPartnerInput } from "./bindings/CampaignPartnerInput";
import type { CampaignResults } from "./bindings/CampaignResults";
import type { Community } from "./bindings/Community";
import type { CommunityDetail } from "./bindings/CommunityDetail";
import type { CommunityInput } from "./bindings/CommunityInput";
import type { Comparison } from "./bindings/Comparison";
import type { ContactImport } from "./bindings/ContactImport";
import type { ContactMapping } from "./bindings/ContactMapping";
import type { Dashboard } from "./bindings/Dashboard";
import type { DashboardCharts } from "./bindings/DashboardCharts";
import type { DateOrder } from "./bindings/DateOrder";
import type { Deliverable } from "./bindings/Deliverable";
import type { DeliverableInput } from "./bindings/DeliverableInput";
import type { DeliverableQuery } from "./bindings/DeliverableQuery";
import type { ExportKind } from "./bindings/ExportKind";
import type { Feedback } from "./bindings/Feedback";
import type { FeedbackInput } from "./bindings/FeedbackInput";
import type { FeedbackQuery } from "./bindings/FeedbackQuery";
import type { FirstSteps } from "./bindings/FirstSteps";
import type { FitScore } from "./bindings/FitScore";
import type { HeaderInfo } from "./bindings/HeaderInfo";
import type { Holiday } from "./bindings/Holiday";
import type { ImportBatch } from "./bindings/ImportBatch";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportReport } from "./bindings/ImportReport";
import type { ImportRequest } from "./bindings/ImportRequest";
import type { IntegrityReport } from "./bindings/IntegrityReport";
import type { LeakOrder } from "./bindings/LeakOrder";
import type { LeakSignal } from "./bindings/LeakSignal";
import type { Ledger } from "./bindings/Ledger";
import type { ListQuery } from "./bindings/ListQuery";
import type { Mapping } from "./bindings/Mapping";
import type { Paper } from "./bindings/Paper";
import type { ParticipationResult } from "./bindings/ParticipationResult";
import type { Partner } from "./bindings/Partner";
import type { PartnerDetail } from "./bindings/PartnerDetail";
import type { PartnerImportReport } from "./bindings/PartnerImportReport";
import type { PartnerInput } from "./bindings/PartnerInput";
import type { PartnerRow } from "./bindings/PartnerRow";
import type { Payment } from "./bindings/Payment";
import type { PaymentInput } from "./bindings/PaymentInput";
import type { PdfKind } from "./bindings/PdfKind";
import type { PdfSaved } from "./bindings/PdfSaved";
import type { Post } from "./bindings/Post";
import type { PostImportReport } from "./bindings/PostImportReport";
import type { PostInput } from "./bindings/PostInput";
import type { PostLine } from "./bindings/PostLine";
import type { PostRow } from "./bindings/PostRow";
import type { PresetInfo } from "./bindings/PresetInfo";
import type { RedemptionInput } from "./bindings/RedemptionInput";
import type { RowError } from "./bindings/RowError";
import type { SalesOverview } from "./bindings/SalesOverview";
import type { Shop } from "./bindings/Shop";
import type { ShopInput } from "./bindings/ShopInput";
import type { SocialAccount } from "./bindings/SocialAccount";
import type { SocialAccountInput } from "./bindings/SocialAccountInput";
import type { SurveyAnswer } from "./bindings/SurveyAnswer";
import type { Theme } from "./bindings/Theme";
import { call } from "./ipc";

/** Every command of the shell, one typed call each; each rejects with an ApiError. */
export const commands = {
  appStatus: () => call<AppStatus>("app_status"),
  /** Switches the window to the demo shop, generating it on first use. */
  openDemoShop: () => call<AppStatus>("open_demo_shop"),
  /** Switches the window to the owner's own shop file. */
  openOwnShop: () => call<AppStatus>("open_own_shop"),
  getShop: () => call<Shop>("get_shop"),
  updateShop: (input: ShopInput) => call<Shop>("update_shop", { input }),
  listHolidays: () => call<Holiday[]>("list_holidays"),
  setHoliday: (holiday: Holiday) => call<Holiday[]>("set_holiday", { holiday }),
  removeHoliday: (day: string) => call<Holiday[]>("remove_holiday", { day }),
  getAnalysisSettings: () => call<AnalysisSettings>("get_analysis_settings"),
  updateAnalysisSettings: (input: AnalysisSettings) => call<AnalysisSettings>("update_analysis_settings", { input }),
  listBackups: () => call<BackupInfo[]>("list_backups"),
  makeBackup: () => call<BackupInfo[]>("make_backup"),
  /** Restores the backup of the list named `file_name` (the current state is backed up first). */
  restoreBackup: (fileName: string) => call<BackupInfo[]>("restore_backup", { fileName }),
  /** A copy of the whole shop file where the owner chooses in the native save dialog. Returns the copy's file name, or `None` when the owner cancelled. */
  exportDatabase: (title: string) => call<string | null>("export_database", { title }),
  /** The backups of the current shop file, even when it cannot be opened (for the start-up screen). */
  backupsOfCurrent: () => call<BackupInfo[]>("backups_of_current"),
  /** `PRAGMA integrity_check` of the current shop file, read-only, even when it cannot be opened. */
  checkCurrentFile: () => call<IntegrityReport>("check_current_file"),
  /** `PRAGMA integrity_check` of the open shop file (Settings). */
  integrityCheck: () => call<IntegrityReport>("integrity_check"),
  getBackupsKept: () => call<number>("get_backups_kept"),
  /** How many backups to keep; the oldest beyond are deleted now. Returns the list that remains. */
  setBackupsKept: (keep: number) => call<BackupInfo[]>("set_backups_kept", { keep }),
  /** Opens another shop file the owner picks in the native open dialog (from the start-up screen); `None` when the owner cancelled. */
  openShopFile: (title: string) => call<AppStatus | null>("open_shop_file", { title }),
  /** Quits LocalLift (from the start-up screen, when no shop can be opened). */
  quitApp: () => call<null>("quit_app"),
  /** Replaces a shop file that cannot be opened with its backup named `file_name` (the file is kept aside) and opens it. */
  restoreDamaged: (fileName: string) => call<AppStatus>("restore_damaged", { fileName }),
  /** Which first steps of a new shop are done (the Dashboard's "Getting started" list). */
  firstSteps: () => call<FirstSteps>("first_steps"),
  /** Hides the "Getting started" list for good. */
  dismissFirstSteps: () => call<FirstSteps>("dismiss_first_steps"),
  listCampaigns: (query: ListQuery) => call<Campaign[]>("list_campaigns", { query }),
  campaignDetail: (id: number) => call<CampaignDetail>("campaign_detail", { id }),
  createCampaign: (input: CampaignInput) => call<Campaign>("create_campaign", { input }),
  updateCampaign: (id: number, input: CampaignInput) => call<Campaign>("update_campaign", { id, input }),
  deleteCampaign: (id: number) => call<null>("delete_campaign", { id }),
  setCampaignCancelled: (id: number, cancelled: boolean) => call<Campaign>("set_campaign_cancelled", { id, cancelled }),
  setCampaignArchived: (id: number, archived: boolean) => call<Campaign>("set_campaign_archived", { id, archived }),
  addCampaignPartner: (campaignId: number, input: CampaignPartnerInput) => call<CampaignPartner>("add_campaign_partner", { campaignId, input }),
  updateCampaignPartner: (id: number, input: CampaignPartnerInput) => call<CampaignPartner>("update_campaign_partner", { id, input }),
  removeCampaignPartner: (id: number) => call<null>("remove_campaign_partner", { id }),
  listCommunities: (query: ListQuery) => call<Community[]>("list_communities", { query }),
  communityDetail: (id: number) => call<CommunityDetail>("community_detail", { id }),
  createCommunity: (input: CommunityInput) => call<Community>("create_community", { input }),
  updateCommunity: (id: number, input: CommunityInput) => call<Community>("update_community", { id, input }),
  deleteCommunity: (id: number) => call<null>("delete_community", { id }),
  setCommunityArchived: (id: number, archived: boolean) => call<Community>("set_community_archived", { id, archived }),
  listFeedback: (communityId: number, query: FeedbackQuery) => call<Feedback[]>("list_feedback", { communityId, query }),
  addFeedback: (communityId: number, input: FeedbackInput) => call<Feedback>("add_feedback", { communityId, input }),
  updateFeedback: (id: number, input: FeedbackInput) => call<Feedback>("update_feedback", { id, input }),
  deleteFeedback: (id: number) => call<null>("delete_feedback", { id }),
  /** What importing a community spreadsheet would do, writing nothing (see `preview_partner_import`). */
  previewCommunityImport: (path: string, mapping: ContactMapping | null) => call<PartnerImportReport>("preview_community_import", { path, mapping }),
  /** Imports a community spreadsheet all or nothing (the valid rows only with `skip_invalid`); undone with `undo_partner_import`. */
  runCommunityImport: (path: string, mapping: ContactMapping | null, skipInvalid: boolean) => call<PartnerImportReport>("run_community_import", { path, mapping, skipInvalid }),
  importPresets: () => call<PresetInfo[]>("import_presets"),
  /** A file's columns, with a suggested and a saved column mapping (for CSVs no preset knows). */
  readHeader: (path: string) => call<HeaderInfo>("read_header", { path }),
  /** Reads and checks a file without writing: what the Import screen shows before "Import". */
  previewImport: (path: string, preset: string | null, mapping: Mapping | null, dateOrder: DateOrder | null, pricesIncludeTax: boolean | null) => call<ImportReport>("preview_import", { path, preset, mapping, dateOrder, pricesIncludeTax }),
  /** Imports a file, reporting progress on `on_progress`; `cancel_import` stops it with nothing written. */
  runImport: (request: ImportRequest, onProgress: Channel<ImportProgress>) => call<ImportReport>("run_import", { request, onProgress }),
  cancelImport: () => call<null>("cancel_import"),
  listImports: () => call<ImportBatch[]>("list_imports"),
  undoImport: (batch: number) => call<ImportBatch>("undo_import", { batch }),
  /** The shop's orders, net revenue and discount codes used, for the Import screen: from the daily aggregates, so the screen never holds the shop file while the next one waits. */
  salesOverview: () => call<SalesOverview>("sales_overview"),
  /** Writes an import's row problems to a CSV where the owner chooses in the native save dialog, which proposes `file_name`. Returns the saved file's name, or `None` when the owner cancelled. */
  saveImportErrors: (errors: RowError[], title: string, fileName: string) => call<string | null>("save_import_errors", { errors, title, fileName }),
  /** "How did you hear about us?": the answers orders gave, with how the owner read each (or a suggestion). */
  surveyAnswers: () => call<SurveyAnswer[]>("survey_answers"),
  /** Reads an answer as naming a partner (`partner_id`) or none; returns the answers as they now stand. */
  readSurveyAnswer: (answer: string, partnerId: number | null) => call<SurveyAnswer[]>("read_survey_answer", { answer, partnerId }),
  /** Forgets how an answer was read. */
  forgetSurveyAnswer: (answer: string) => call<SurveyAnswer[]>("forget_survey_answer", { answer }),
  listPartners: (query: ListQuery) => call<PartnerRow[]>("list_partners", { query }),
  partnerDetail: (id: number) => call<PartnerDetail>("partner_detail", { id }),
  createPartner: (input: PartnerInput, accounts: SocialAccountInput[]) => call<Partner>("create_partner", { input, accounts }),
  updatePartner: (id: number, input: PartnerInput) => call<Partner>("update_partner", { id, input }),
  deletePartner: (id: number) => call<null>("delete_partner", { id }),
  setPartnerArchived: (id: number, archived: boolean) => call<Partner>("set_partner_archived", { id, archived }),
  addAccount: (partnerId: number, input: SocialAccountInput) => call<SocialAccount>("add_account", { partnerId, input }),
  updateAccount: (id: number, input: SocialAccountInput) => call<SocialAccount>("update_account", { id, input }),
  deleteAccount: (id: number) => call<null>("delete_account", { id }),
  partnerFit: (id: number) => call<FitScore>("partner_fit", { id }),
  /** What importing a partner spreadsheet would do (its columns, the mapping used, new and updated partners, problems by line), writing nothing. `mapping` is the owner's; without it the saved or suggested one. */
  previewPartnerImport: (path: string, mapping: ContactMapping | null) => call<PartnerImportReport>("preview_partner_import", { path, mapping }),
  /** Imports a partner spreadsheet all or nothing (the valid rows only with `skip_invalid`). */
  runPartnerImport: (path: string, mapping: ContactMapping | null, skipInvalid: boolean) => call<PartnerImportReport>("run_partner_import", { path, mapping, skipInvalid }),
  listPartnerImports: () => call<ContactImport[]>("list_partner_imports"),
  undoPartnerImport: (id: number) => call<ContactImport>("undo_partner_import", { id }),
  /** Every sign that a partner's code leaked, newest first. */
  leakSignals: () => call<LeakSignal[]>("leak_signals"),
  /** The orders that used `code` from `from` to `to` (shop-local days): the orders behind a signal. */
  leakOrders: (code: string, from: string, to: string) => call<LeakOrder[]>("leak_orders", { code, from, to }),
  /** Marks a campaign partner's code as leaked from a day (`None`: takes the mark off). */
  markCodeLeaked: (campaignPartnerId: number, code: string, from: string | null) => call<null>("mark_code_leaked", { campaignPartnerId, code, from }),
  listDeliverables: (query: DeliverableQuery) => call<Deliverable[]>("list_deliverables", { query }),
  /** Deliverables not done, due within the week or overdue (the Dashboard's list). */
  deliverablesDue: () => call<Deliverable[]>("deliverables_due"),
  addDeliverable: (campaignPartnerId: number, input: DeliverableInput) => call<Deliverable>("add_deliverable", { campaignPartnerId, input }),
  updateDeliverable: (id: number, input: DeliverableInput) => call<Deliverable>("update_deliverable", { id, input }),
  /** Marks a deliverable done on a day, or open again (`None`). */
  setDeliverableDone: (id: number, done: string | null) => call<Deliverable>("set_deliverable_done", { id, done }),
  /** Links one of the campaign partner's posts to the deliverable it delivered. */
  linkDeliverablePost: (id: number, postId: number) => call<Deliverable>("link_deliverable_post", { id, postId }),
  deleteDeliverable: (id: number) => call<null>("delete_deliverable", { id }),
  /** How a partner kept their agreements over every campaign. */
  agreementRecord: (partnerId: number) => call<AgreementRecord>("agreement_record", { partnerId }),
  /** A partner's ledger from `from` to `to` (both optional: all time). */
  partnerLedger: (partnerId: number, from: string | null, to: string | null) => call<Ledger>("partner_ledger", { partnerId, from, to }),
  addPayment: (input: PaymentInput) => call<Payment>("add_payment", { input }),
  deletePayment: (id: number) => call<null>("delete_payment", { id }),
  listPosts: (query: ListQuery) => call<PostRow[]>("list_posts", { query }),
  addPost: (campaignPartnerId: number, input: PostInput) => call<Post>("add_post", { campaignPartnerId, input }),
  updatePost: (id: number, input: PostInput) => call<Post>("update_post", { id, input }),
  deletePost: (id: number) => call<null>("delete_post", { id }),
  /** What importing a platform's posts export would do, writing nothing. `partner` takes the posts of a file that names no account (YouTube's) or one no partner has. */
  previewPostsImport: (path: string, partner: number | null) => call<PostImportReport>("preview_posts_import", { path, partner }),
  /** Imports a platform's posts export all or nothing (the valid rows only with `skip_invalid`). */
  runPostsImport: (path: string, partner: number | null, skipInvalid: boolean) => call<PostImportReport>("run_posts_import", { path, partner, skipInvalid }),
  /** A post's link and numbers read from one pasted line ("https://… reach 4,100 · 310 likes · 22 comments"). */
  readPostLine: (text: string) => call<PostLine>("read_post_line", { text }),
  campaignResults: (id: number) => call<CampaignResults>("campaign_results", { id }),
  addManualRedemption: (campaignPartnerId: number, input: RedemptionInput) => call<number>("add_manual_redemption", { campaignPartnerId, input }),
  /** Results of every campaign a partner (or, with `community`, a community) took part in. */
  memberResults: (id: number, community: boolean) => call<ParticipationResult[]>("member_results", { id, community }),
  /** What partnerships brought between two shop-local days. */
  dashboard: (from: string, to: string) => call<Dashboard>("dashboard", { from, to }),
  /** The Dashboard's cards beside the previous period of the same length and the same days a year earlier. */
  dashboardComparison: (from: string, to: string) => call<Comparison>("dashboard_comparison", { from, to }),
  /** Writes a table as CSV (with the byte-order mark Excel needs) where the owner chooses in the native save dialog, which proposes `file_name`. Returns the rows written, or `None` when the owner cancelled. */
  exportCsv: (kind: ExportKind, title: string, fileName: string) => call<number | null>("export_csv", { kind, title, fileName }),
  /** The Dashboard's charts as SVG, in the window's theme and the owner's locale. */
  dashboardCharts: (from: string, to: string, theme: Theme) => call<DashboardCharts>("dashboard_charts", { from, to, theme }),
  /** A campaign's charts as SVG, in the window's theme and the owner's locale. */
  campaignCharts: (id: number, theme: Theme) => call<CampaignCharts>("campaign_charts", { id, theme }),
  /** Writes a campaign summary, partner report or coupon sheet as PDF where the owner chooses in the native save dialog, which proposes `file_name`. `None` when the owner cancelled. */
  exportPdf: (kind: PdfKind, paper: Paper, title: string, fileName: string) => call<PdfSaved | null>("export_pdf", { kind, paper, title, fileName }),
};
