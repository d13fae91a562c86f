/**
 * The workbook contract (shared/product/WORKBOOK.md): every tab name and
 * header the add-on reads or writes. Nothing else in the code spells them.
 */

export const TAB = {
  config: "Cấu hình",
  clusters: "Cụm thi đua",
  units: "Đơn vị",
  titles: "Danh hiệu",
  criteria: "Tiêu chí",
  dossier: "Hồ sơ cụm",
  campaigns: "Chuyên đề",
  timeline: "Tiến độ",
  history: "Lịch sử khen thưởng",
  log: "Nhật ký",
  guide: "Hướng dẫn",
} as const;

/** Prefix of generated report tabs (rebuilt on each run, hold no user data). */
export const REPORT_PREFIX = "BC ";

/** `Cụm N` — a cluster's registrations tab for cluster id N. */
export const clusterTabName = (clusterId: string): string => `Cụm ${clusterId}`;
/** The setup tabs the year's plan is parsed from (the live check caches them). */
export const PLAN_TABS: readonly string[] = [TAB.config, TAB.clusters, TAB.units, TAB.titles];
/** `Điểm Cụm N` — a cluster's score tab for cluster id N. */
export const scoreTabName = (clusterId: string): string => `Điểm Cụm ${clusterId}`;

export const STATUS_HEADER = "Kết quả kiểm tra";

export const CONFIG = {
  key: "Mục",
  value: "Giá trị",
  note: "Ghi chú",
} as const;

/** `Mục` values of `Cấu hình`. */
export const SETTING = {
  year: "Năm thi đua",
  organisation: "Cơ quan",
  deadline: "Hạn đăng ký thi đua",
  scoreFloor: "Điểm sàn",
  leadersPerCluster: "Số đơn vị dẫn đầu mỗi cụm",
  adminEmails: "Email quản trị",
  referenceDate: "Ngày tham chiếu",
  superiorBody: "Cơ quan cấp trên",
  place: "Địa danh",
  signerTitle: "Chức vụ người ký",
  signer: "Người ký",
  onTimeOnly: "Chỉ xét đăng ký đúng hạn",
  shareRounding: "Làm tròn tỷ lệ",
  driveFolder: "Thư mục Drive",
  reminderDays: "Nhắc việc trước (ngày)",
} as const;

export const CLUSTER = {
  id: "Số cụm",
  name: "Tên cụm",
  subjects: "Đối tượng đăng ký",
  unitTypes: "Loại đơn vị được đăng ký",
  deadline: "Hạn đăng ký riêng",
  headUnit: "Đơn vị cụm trưởng",
  headEmails: "Email cụm trưởng",
  councilMember: "Thành viên HĐ phụ trách",
} as const;

export const UNIT = {
  name: "Tên đơn vị",
  cluster: "Số cụm",
  type: "Loại đơn vị",
  email: "Email",
  headcount: "Số cán bộ",
} as const;

export const TITLE = {
  name: "Tên danh hiệu, hình thức",
  abbreviation: "Viết tắt",
  subject: "Đối tượng",
  requirement: "Yêu cầu",
  requirementFor: "Áp dụng yêu cầu cho",
  prerequisite: "Điều kiện kèm theo",
  maxShare: "Tỷ lệ tối đa",
  decisionLevel: "Cấp quyết định",
  multiYear: "Điều kiện nhiều năm",
  collectiveCondition: "Điều kiện tập thể",
  leaderOnly: "Chỉ cho đơn vị dẫn đầu cụm",
} as const;

export const REG = {
  no: "STT",
  unit: "Đơn vị",
  subject: "Đối tượng",
  person: "Họ và tên",
  position: "Chức vụ",
  title: "Danh hiệu, hình thức khen thưởng",
  initiative: "Tên mô hình, sáng kiến",
  date: "Ngày đăng ký",
  enteredBy: "Người nhập",
  status: STATUS_HEADER,
} as const;

/** Year-end columns of `Cụm N` (optional: setup adds them after `Kết quả kiểm tra`). */
export const RESULT = {
  rating: "Xếp loại",
  outcome: "Kết quả bình xét",
  initiativeDecision: "Số QĐ công nhận sáng kiến",
  decisionNo: "Số quyết định",
  decisionDate: "Ngày quyết định",
} as const;

/** `Lịch sử khen thưởng`: awards and ratings of past years. */
export const HISTORY = {
  year: "Năm",
  unit: "Đơn vị",
  subject: "Đối tượng",
  person: "Họ và tên",
  title: "Danh hiệu, hình thức khen thưởng",
  rating: "Xếp loại",
  decisionNo: "Số quyết định",
  decisionDate: "Ngày quyết định",
} as const;

export const SCORE = {
  unit: "Đơn vị",
  criterion: "Mã tiêu chí",
  content: "Nội dung",
  max: "Điểm tối đa",
  self: "Điểm tự chấm",
  cross: "Điểm chấm chéo",
  note: "Ghi chú",
  status: STATUS_HEADER,
} as const;

export const CRITERION = {
  cluster: "Số cụm",
  code: "Mã tiêu chí",
  content: "Nội dung",
  max: "Điểm tối đa",
  kind: "Loại",
} as const;

export const DOSSIER = {
  cluster: "Số cụm",
  plan: "Kế hoạch thi đua của cụm",
  regulation: "Quyết định ban hành quy chế",
  criteria: "Quyết định ban hành tiêu chí thang điểm",
  covenant: "Bản ký kết giao ước thi đua",
  list: "Danh sách đăng ký thi đua",
  submitted: "Ngày nộp",
  status: STATUS_HEADER,
} as const;

export const CAMPAIGN = {
  name: "Tên phong trào",
  office: "Cơ quan thường trực",
  plan: "Kế hoạch phát động",
  criteria: "Tiêu chí thi đua",
  participants: "Danh sách tập thể tham gia",
  date: "Ngày đăng ký",
  status: STATUS_HEADER,
} as const;

export const TASK = {
  no: "STT",
  quarter: "Quý",
  content: "Nội dung thực hiện",
  lead: "Chỉ đạo, chủ trì",
  executor: "Đơn vị thực hiện",
  coordinator: "Đơn vị phối hợp",
  deadline: "Hạn",
  done: "Ngày hoàn thành",
  state: "Trạng thái",
} as const;

export const LOG = {
  time: "Thời gian",
  user: "Người dùng",
  action: "Thao tác",
  detail: "Chi tiết",
} as const;

/** Vocabulary of the contract. */
export const SUBJECT = { collective: "Tập thể", individual: "Cá nhân" } as const;
export const CLUSTER_SUBJECTS = { both: "Tập thể và cá nhân", collectiveOnly: "Chỉ tập thể" } as const;
export const REQUIREMENT = { initiative: "Sáng kiến", model: "Mô hình" } as const;
export const CRITERION_KIND = { base: "Tiêu chí", bonus: "Điểm thưởng", penalty: "Điểm trừ" } as const;
export const TASK_STATE = {
  done: "Đã hoàn thành",
  overdue: "Quá hạn",
  dueSoon: "Sắp đến hạn",
  notDue: "Chưa đến hạn",
} as const;
export const YES_NO = { yes: "Có", no: "Không" } as const;
export const OUTCOME = { passed: "Đạt", failed: "Không đạt" } as const;
export const ROUNDING = { down: "Xuống", nearest: "Gần nhất" } as const;
/** `Xếp loại` values, with the abbreviations the multi-year conditions use. */
export const RATINGS = [
  { name: "Hoàn thành xuất sắc nhiệm vụ", abbreviation: "HTXSNV" },
  { name: "Hoàn thành tốt nhiệm vụ", abbreviation: "HTTNV" },
  { name: "Hoàn thành nhiệm vụ", abbreviation: "HTNV" },
  { name: "Không hoàn thành nhiệm vụ", abbreviation: "KHTNV" },
] as const;
export const UNIT_TYPES = [
  "Xã",
  "Phường",
  "Cơ quan",
  "Trường học",
  "Đơn vị sự nghiệp",
  "Ban CHQS",
  "Công an",
  "Ban Bảo vệ dân phố",
  "Hội, tổ chức xã hội",
  "Doanh nghiệp",
] as const;

const values = <T extends Record<string, string>>(o: T): string[] => Object.values(o);

/** Headers of each fixed tab, in the order setup creates them. */
export const HEADERS: Record<string, readonly string[]> = {
  [TAB.config]: values(CONFIG),
  [TAB.clusters]: values(CLUSTER),
  [TAB.units]: values(UNIT),
  [TAB.titles]: values(TITLE),
  [TAB.criteria]: values(CRITERION),
  [TAB.dossier]: values(DOSSIER),
  [TAB.campaigns]: values(CAMPAIGN),
  [TAB.timeline]: values(TASK),
  [TAB.history]: values(HISTORY),
  [TAB.log]: values(LOG),
};
export const CLUSTER_TAB_HEADERS: readonly string[] = [...values(REG), ...values(RESULT)];

/**
 * Columns setup adds but whose absence is no BT02: they came with later versions of the
 * contract (the year-end work, headcounts) and an older workbook works without them.
 */
export const OPTIONAL_HEADERS: ReadonlySet<string> = new Set([
  UNIT.headcount,
  TITLE.decisionLevel,
  TITLE.multiYear,
  TITLE.collectiveCondition,
  TITLE.leaderOnly,
  ...values(RESULT),
]);

export const SCORE_TAB_HEADERS: readonly string[] = values(SCORE);

/** Tabs every workbook must have (BT01 when missing). */
export const REQUIRED_TABS: readonly string[] = [
  TAB.config,
  TAB.clusters,
  TAB.units,
  TAB.titles,
  TAB.dossier,
  TAB.campaigns,
  TAB.timeline,
];
