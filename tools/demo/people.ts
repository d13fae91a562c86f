const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Thanh", "Hữu"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hương",
  "Lan",
  "Mai",
  "Nam",
  "Sơn",
  "Tâm",
  "Thảo",
  "Tùng",
];
const POSITIONS = ["Chuyên viên", "Phó Trưởng phòng", "Cán bộ", "Kế toán", "Văn thư", "Trưởng phòng"];

/** The n-th demo person: a Vietnamese full name, distinct for n below 1404. */
export function personName(n: number): string {
  const f = FAMILY[n % FAMILY.length] as string;
  const m = MIDDLE[Math.floor(n / FAMILY.length) % MIDDLE.length] as string;
  const g = GIVEN[Math.floor(n / (FAMILY.length * MIDDLE.length)) % GIVEN.length] as string;
  return `${f} ${m} ${g}`;
}

export function position(n: number): string {
  return POSITIONS[n % POSITIONS.length] as string;
}
