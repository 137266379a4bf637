// The backend, behind one typed module: screens never call `invoke` with strings. Argument and result
// types are generated from the Rust types (src/lib/bindings, by `cargo test`); the command names match
// src-tauri/build.rs (checked by api.test.ts).
import { Channel, invoke } from "@tauri-apps/api/core";
import type { ApiError } from "./bindings/ApiError";
import type { HeaderInfo } from "./bindings/HeaderInfo";
import type { ImportBatch } from "./bindings/ImportBatch";
import type { Mapping } from "./bindings/Mapping";
import type { DateOrder } from "./bindings/DateOrder";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportReport } from "./bindings/ImportReport";
import type { ImportRequest } from "./bindings/ImportRequest";
import type { PresetInfo } from "./bindings/PresetInfo";
import type { RedemptionInput } from "./bindings/RedemptionInput";
import type { RowError } from "./bindings/RowError";
import type { SalesSummary } from "./bindings/SalesSummary";
import type { AppStatus } from "./bindings/AppStatus";
import type { Campaign } from "./bindings/Campaign";
import type { CampaignDetail } from "./bindings/CampaignDetail";
import type { CampaignInput } from "./bindings/CampaignInput";
import type { CampaignPartner } from "./bindings/CampaignPartner";
import type { CampaignPartnerInput } from "./bindings/CampaignPartnerInput";
import type { CampaignResults } from "./bindings/CampaignResults";
import type { Community } from "./bindings/Community";
import type { CommunityDetail } from "./bindings/CommunityDetail";
import type { CommunityInput } from "./bindings/CommunityInput";
import type { Dashboard } from "./bindings/Dashboard";
import type { Feedback } from "./bindings/Feedback";
import type { FeedbackInput } from "./bindings/FeedbackInput";
import type { FeedbackQuery } from "./bindings/FeedbackQuery";
import type { ListQuery } from "./bindings/ListQuery";
import type { Partner } from "./bindings/Partner";
import type { PartnerDetail } from "./bindings/PartnerDetail";
import type { PartnerInput } from "./bindings/PartnerInput";
import type { ParticipationResult } from "./bindings/ParticipationResult";
import type { PartnerRow } from "./bindings/PartnerRow";
import type { Post } from "./bindings/Post";
import type { PostInput } from "./bindings/PostInput";
import type { PostRow } from "./bindings/PostRow";
import type { AnalysisSettings } from "./bindings/AnalysisSettings";
import type { BackupInfo } from "./bindings/BackupInfo";
import type { IntegrityReport } from "./bindings/IntegrityReport";
import type { ExportKind } from "./bindings/ExportKind";
import type { DashboardCharts } from "./bindings/DashboardCharts";
import type { CampaignCharts } from "./bindings/CampaignCharts";
import type { Paper } from "./bindings/Paper";
import type { PdfKind } from "./bindings/PdfKind";
import type { FitScore } from "./bindings/FitScore";
import type { Theme } from "./bindings/Theme";
import type { Holiday } from "./bindings/Holiday";
import type { Shop } from "./bindings/Shop";
import type { ShopInput } from "./bindings/ShopInput";
import type { SocialAccount } from "./bindings/SocialAccount";
import type { SocialAccountInput } from "./bindings/SocialAccountInput";

/** What the owner says of a file that cannot tell: the day/month order of its dates, tax inside prices. */
export type ImportChoices = { dateOrder?: DateOrder | null; pricesIncludeTax?: boolean | null };

/** Every command rejects with an ApiError; anything else (a bug, a lost IPC channel) is wrapped into one. */
async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

export function toApiError(e: unknown): ApiError {
  if (e && typeof e === "object" && "kind" in e && "message" in e) return e as ApiError;
  return { kind: "internal", message: String(e), field: null, fields: [], campaigns: [] };
}

export const api = {
  appStatus: () => call<AppStatus>("app_status"),
  openDemoShop: () => call<AppStatus>("open_demo_shop"),
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
  restoreBackup: (path: string) => call<BackupInfo[]>("restore_backup", { path }),
  exportDatabase: (path: string) => call<void>("export_database", { path }),
  backupsOfCurrent: () => call<BackupInfo[]>("backups_of_current"),
  restoreDamaged: (backup: string) => call<AppStatus>("restore_damaged", { backup }),
  checkCurrentFile: () => call<IntegrityReport>("check_current_file"),
  integrityCheck: () => call<IntegrityReport>("integrity_check"),
  getBackupsKept: () => call<number>("get_backups_kept"),
  setBackupsKept: (keep: number) => call<BackupInfo[]>("set_backups_kept", { keep }),
  openShopFile: (path: string) => call<AppStatus>("open_shop_file", { path }),
  quitApp: () => call<null>("quit_app"),

  listPartners: (query: ListQuery) => call<PartnerRow[]>("list_partners", { query }),
  partnerDetail: (id: number) => call<PartnerDetail>("partner_detail", { id }),
  partnerFit: (id: number) => call<FitScore>("partner_fit", { id }),
  createPartner: (input: PartnerInput, accounts: SocialAccountInput[]) =>
    call<Partner>("create_partner", { input, accounts }),
  updatePartner: (id: number, input: PartnerInput) => call<Partner>("update_partner", { id, input }),
  deletePartner: (id: number) => call<null>("delete_partner", { id }),
  setPartnerArchived: (id: number, archived: boolean) => call<Partner>("set_partner_archived", { id, archived }),
  addAccount: (partnerId: number, input: SocialAccountInput) =>
    call<SocialAccount>("add_account", { partnerId, input }),
  updateAccount: (id: number, input: SocialAccountInput) => call<SocialAccount>("update_account", { id, input }),
  deleteAccount: (id: number) => call<null>("delete_account", { id }),

  listCommunities: (query: ListQuery) => call<Community[]>("list_communities", { query }),
  communityDetail: (id: number) => call<CommunityDetail>("community_detail", { id }),
  createCommunity: (input: CommunityInput) => call<Community>("create_community", { input }),
  updateCommunity: (id: number, input: CommunityInput) => call<Community>("update_community", { id, input }),
  deleteCommunity: (id: number) => call<null>("delete_community", { id }),
  setCommunityArchived: (id: number, archived: boolean) =>
    call<Community>("set_community_archived", { id, archived }),
  listFeedback: (communityId: number, query: FeedbackQuery) =>
    call<Feedback[]>("list_feedback", { communityId, query }),
  addFeedback: (communityId: number, input: FeedbackInput) => call<Feedback>("add_feedback", { communityId, input }),
  updateFeedback: (id: number, input: FeedbackInput) => call<Feedback>("update_feedback", { id, input }),
  deleteFeedback: (id: number) => call<null>("delete_feedback", { id }),

  listCampaigns: (query: ListQuery) => call<Campaign[]>("list_campaigns", { query }),
  campaignDetail: (id: number) => call<CampaignDetail>("campaign_detail", { id }),
  createCampaign: (input: CampaignInput) => call<Campaign>("create_campaign", { input }),
  updateCampaign: (id: number, input: CampaignInput) => call<Campaign>("update_campaign", { id, input }),
  deleteCampaign: (id: number) => call<null>("delete_campaign", { id }),
  setCampaignCancelled: (id: number, cancelled: boolean) =>
    call<Campaign>("set_campaign_cancelled", { id, cancelled }),
  setCampaignArchived: (id: number, archived: boolean) => call<Campaign>("set_campaign_archived", { id, archived }),
  addCampaignPartner: (campaignId: number, input: CampaignPartnerInput) =>
    call<CampaignPartner>("add_campaign_partner", { campaignId, input }),
  updateCampaignPartner: (id: number, input: CampaignPartnerInput) =>
    call<CampaignPartner>("update_campaign_partner", { id, input }),
  removeCampaignPartner: (id: number) => call<null>("remove_campaign_partner", { id }),

  listPosts: (query: ListQuery) => call<PostRow[]>("list_posts", { query }),
  addPost: (campaignPartnerId: number, input: PostInput) => call<Post>("add_post", { campaignPartnerId, input }),
  updatePost: (id: number, input: PostInput) => call<Post>("update_post", { id, input }),
  deletePost: (id: number) => call<null>("delete_post", { id }),

  importPresets: () => call<PresetInfo[]>("import_presets"),
  readHeader: (path: string) => call<HeaderInfo>("read_header", { path }),
  previewImport: (path: string, preset: string | null, mapping: Mapping | null, choices: ImportChoices = {}) =>
    call<ImportReport>("preview_import", {
      path,
      preset,
      mapping,
      dateOrder: choices.dateOrder ?? null,
      pricesIncludeTax: choices.pricesIncludeTax ?? null,
    }),
  runImport: (
    path: string,
    preset: string | null,
    mapping: Mapping | null,
    skipInvalid: boolean,
    progress: (p: ImportProgress) => void,
    choices: ImportChoices = {},
  ) => {
    const onProgress = new Channel<ImportProgress>();
    onProgress.onmessage = progress;
    const request: ImportRequest = {
      path,
      preset,
      mapping,
      skipInvalid,
      dateOrder: choices.dateOrder ?? null,
      pricesIncludeTax: choices.pricesIncludeTax ?? null,
    };
    return call<ImportReport>("run_import", { request, onProgress });
  },
  cancelImport: () => call<null>("cancel_import"),
  listImports: () => call<ImportBatch[]>("list_imports"),
  undoImport: (batch: number) => call<ImportBatch>("undo_import", { batch }),
  salesSummary: () => call<SalesSummary>("sales_summary"),
  saveImportErrors: (path: string, errors: RowError[]) => call<null>("save_import_errors", { path, errors }),

  campaignResults: (id: number) => call<CampaignResults>("campaign_results", { id }),
  addManualRedemption: (campaignPartnerId: number, input: RedemptionInput) =>
    call<number>("add_manual_redemption", { campaignPartnerId, input }),
  memberResults: (id: number, community: boolean) => call<ParticipationResult[]>("member_results", { id, community }),
  dashboard: (from: string, to: string) => call<Dashboard>("dashboard", { from, to }),
  dashboardCharts: (from: string, to: string, theme: Theme, locale: string | null) =>
    call<DashboardCharts>("dashboard_charts", { from, to, theme, locale }),
  campaignCharts: (id: number, theme: Theme, locale: string | null) => call<CampaignCharts>("campaign_charts", { id, theme, locale }),
  exportPdf: (kind: PdfKind, paper: Paper, locale: string | null, path: string) => call<null>("export_pdf", { kind, paper, locale, path }),
  exportCsv: (kind: ExportKind, path: string) => call<number>("export_csv", { kind, path }),
};

export function emptyQuery(): ListQuery {
  return {
    search: null,
    tier: null,
    stage: null,
    niche: null,
    city: null,
    phase: null,
    platform: null,
    campaign_id: null,
    partner_id: null,
    include_archived: false,
    sort: "name",
    descending: false,
  };
}
