/** The one text the layout adds to a model: the label over the recipients (NĐ 30, Phụ lục I). */
export const RECIPIENTS_LABEL = "Nơi nhận:";
