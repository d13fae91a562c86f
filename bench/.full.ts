import { benchFullCheck } from "./full-check";
import { printTable } from "./table";
process.env.TZ = "Asia/Ho_Chi_Minh";
printTable("full", benchFullCheck(10_000, 5));
