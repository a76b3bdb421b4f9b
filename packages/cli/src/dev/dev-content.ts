import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  createLinker,
  isContentPath,
  loadContent,
  parseContentFile,
  sortDiagnostics,
  type Case,
  type Collection,
  type Diagnostic,
  type Scenario,
} from '@cases/core';

/** What one file gave at its last read. */
interface FileEntry {
  cases: Case[];
  scenarios: Scenario[];
  diagnostics: Diagnostic[];
}

/** What a change did: the files re-read. */
export interface DevChange {
  /** Paths in the content folder ("/"-separated) that were re-read. */
  files: string[];
  /** The whole folder was read again (taxonomy or settings changed). */
  full: boolean;
}

/**
 * A content folder kept in memory for `cases dev`: loaded once, then each saved file is re-read
 * alone and the documents are linked again (facets of the changed cases, every scenario's case
 * list: cheap, in memory). A change to taxonomy.yaml or settings.yaml re-reads everything, since
 * every document links through them.
 */
export class DevContent {
  private files = new Map<string, FileEntry>();
  /** Diagnostics of the last full load that belong to no single content file (taxonomy, settings, walker). */
  private folderDiagnostics: Diagnostic[] = [];
  private current!: Collection;
  private prefix: string;

  private constructor(readonly root: string) {
    this.prefix = join(root, '_').slice(0, -1).split(sep).join('/');
  }

  /** Load the folder. @throws {CasesError} when it does not exist. */
  static async load(root: string): Promise<DevContent> {
    const dev = new DevContent(root);
    await dev.reloadAll();
    return dev;
  }

  /** The collection as of the last change. */
  get collection(): Collection {
    return this.current;
  }

  /** The path shown in diagnostics for a path in the folder. */
  fileOf(path: string): string {
    return this.prefix + path;
  }

  /** Every content file and its diagnostics (files without any included), sorted by path. */
  fileReport(): Array<{ path: string; file: string; diagnostics: Diagnostic[] }> {
    const byFile = new Map<string, Diagnostic[]>();
    for (const path of this.files.keys()) byFile.set(this.fileOf(path), []);
    for (const d of this.current.diagnostics) {
      const list = byFile.get(d.file) ?? [];
      list.push(d);
      byFile.set(d.file, list);
    }
    return [...byFile.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, diagnostics]) => ({ path: file.slice(this.prefix.length), file, diagnostics }));
  }

  /** React to a changed, added or removed file (absolute or folder-relative path). */
  async change(absPath: string): Promise<DevChange> {
    const path = relative(this.root, absPath).split(sep).join('/');
    if (path === 'taxonomy.yaml' || path === 'settings.yaml') {
      await this.reloadAll();
      return { files: [path], full: true };
    }
    if (!isContentPath(path)) return { files: [], full: false };
    const bytes = await readFile(absPath).catch(() => null);
    if (bytes === null) this.files.delete(path);
    else {
      const file = this.fileOf(path);
      const r = parseContentFile(bytes, path, file, this.current.taxonomy, undefined, this.current.settings.brand.name);
      const linker = createLinker(this.current.taxonomy);
      const diagnostics = [...r.diagnostics];
      for (const c of r.cases) diagnostics.push(...linker.linkCase(c, file));
      this.files.set(path, { cases: r.cases, scenarios: r.scenarios, diagnostics });
    }
    this.relink();
    return { files: [path], full: false };
  }

  private async reloadAll(): Promise<void> {
    const c = await loadContent(this.root, { readThread: false });
    this.files.clear();
    const byFile = new Map<string, FileEntry>();
    const entry = (path: string) => {
      let e = byFile.get(path);
      if (!e) byFile.set(path, (e = { cases: [], scenarios: [], diagnostics: [] }));
      return e;
    };
    for (const x of c.cases) entry(x.source.path).cases.push(x);
    for (const s of c.scenarios) entry(s.source.path).scenarios.push(s);
    const folder: Diagnostic[] = [];
    for (const d of c.diagnostics) {
      const path = d.file.startsWith(this.prefix) ? d.file.slice(this.prefix.length) : d.file;
      if (isContentPath(path)) entry(path).diagnostics.push(d);
      else folder.push(d);
    }
    this.files = byFile;
    this.folderDiagnostics = folder;
    this.current = c;
  }

  private relink(): void {
    const { taxonomy, settings } = this.current;
    const cases: Case[] = [];
    const scenarios: Scenario[] = [];
    const diagnostics: Diagnostic[] = [...this.folderDiagnostics];
    for (const e of this.files.values()) {
      diagnostics.push(...e.diagnostics);
      cases.push(...e.cases);
      scenarios.push(...e.scenarios);
    }
    cases.sort((a, b) => (a.locale === b.locale ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.locale < b.locale ? -1 : 1));
    // Which cases prove which scenario: the changed file's cases may add or leave any scenario.
    createLinker(taxonomy).linkScenarios(cases, scenarios);
    this.current = { root: this.root, cases, scenarios, taxonomy, settings, diagnostics: sortDiagnostics(diagnostics) };
  }
}
