import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface KbDocumentInput {
  id: string;
  title: string;
  text: string;
  url: string | null;
}

/** Markdown files of a folder as knowledge-base documents; the first `# heading` is the title. */
export async function readMarkdownFolder(
  folder: string,
  baseUrl: string | null = null,
): Promise<KbDocumentInput[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith(".md")).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(folder, name), "utf8");
      const id = name.replace(/\.md$/, "");
      const title = /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? id;
      return { id, title, text, url: baseUrl ? `${baseUrl}/${id}` : null };
    }),
  );
}
