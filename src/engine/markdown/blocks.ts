// The block structure of a Markdown plan as the front end reads it: headings,
// paragraphs (each line with its offsets into the text), lists and their items,
// and everything else as prose. Produced by ./commonmark (markdown-it), kept
// apart from it so the plan model and the fixes never load the parser.

export interface MdLine {
  line: number;
  /** Offsets of the line's content (past list markers and indentation, before trailing blanks). */
  start: number;
  end: number;
  text: string;
}

export interface MdHeading {
  kind: 'heading';
  level: number;
  line: number;
  /** Offsets of the heading's text (no `#` marks). */
  start: number;
  end: number;
  text: string;
}

export interface MdParagraph {
  kind: 'paragraph';
  lines: MdLine[];
}

export interface MdItem {
  line: number;
  /** The last line the item spans (inclusive). */
  endLine: number;
  children: MdBlock[];
}

export interface MdList {
  kind: 'list';
  ordered: boolean;
  line: number;
  endLine: number;
  items: MdItem[];
}

/** Code, HTML, quotes, rules, tables: prose no check reads. */
export interface MdOther {
  kind: 'other';
  line: number;
  endLine: number;
}

export type MdBlock = MdHeading | MdParagraph | MdList | MdOther;
