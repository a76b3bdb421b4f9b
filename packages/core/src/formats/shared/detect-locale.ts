/**
 * Guess whether text is Chinese or English from its letters; null when there is too little text.
 * @example detectLocale('这是一个容器平台，提供多集群管理。') // 'zh'
 */
export function detectLocale(text: string): 'zh' | 'en' | null {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  if (cjk + latin < 40) return null;
  return cjk * 10 >= latin ? 'zh' : 'en';
}
