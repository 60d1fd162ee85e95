// The shape of the money gold sets (test/fixtures/money/news-*.jsonl), read by eval:money and their test.

/** A money figure as the scorer reads it (a MONEY entity), with its value kept for the record. */
export interface GoldMoney {
  start: number;
  end: number;
  type: string;
  /** null where the text gives no number: "hundreds of millions of pounds". */
  amount: number | null;
  /** ISO 4217 code. */
  currency: string;
}

export interface GoldMoneyDocument {
  id: string;
  text: string;
  entities: GoldMoney[];
}
