/**
 * Images left out because their host could not be reached (`image-offline`), summed up per
 * host: on a machine without network that is one line per host instead of one per image. The
 * PDF and web commands both print them this way.
 */
export interface UnreachableHosts {
  /** Count one image; `url` defaults to the one the fetcher's message names ("Image <url> …"). */
  add(message: string, url?: string): void;
  /** One line per host: `warning: 3 remote images from host left out<where> (reason) [image-offline]`. */
  lines(where?: string, hint?: (host: string) => string): string[];
}

export function createUnreachableHosts(): UnreachableHosts {
  const hosts = new Map<string, { count: number; reason: string }>();
  return {
    add(message, url = /Image (\S+)/.exec(message)?.[1] ?? '') {
      const host = URL.canParse(url) ? new URL(url).host : url;
      const entry = hosts.get(host) ?? { count: 0, reason: /\(([^)]+)\)/.exec(message)?.[1] ?? 'offline' };
      entry.count++;
      hosts.set(host, entry);
    },
    lines(where = '', hint) {
      return [...hosts].map(
        ([host, { count, reason }]) =>
          `warning: ${count} remote image${count === 1 ? '' : 's'} from ${host} left out${where} (${reason}) [image-offline]` +
          (hint ? `\n  hint: ${hint(host)}` : ''),
      );
    },
  };
}
