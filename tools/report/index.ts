export { renderDocx } from "./render-docx";
