import type { Taxonomy } from '@cases/core';

/** Text of the scaffolding in the author's language: Chinese for zh*, English otherwise. */
const zh = (locale: string) => locale.toLowerCase().startsWith('zh');

/** "edge-ai" → "Edge Ai": a readable placeholder name from an id. */
export function titleFromId(id: string): string {
  return id
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** A YAML scalar, quoted (content names can hold ":" or "#"). */
const q = (s: string) => JSON.stringify(s);

/** The label of the first term of a taxonomy list in a locale (falls back to its id). */
function firstLabel(taxonomy: Taxonomy, kind: keyof Taxonomy, locale: string, index = 0): string | null {
  const t = taxonomy[kind][index] ?? taxonomy[kind][0];
  return t ? (t.labels[locale] ?? t.labels.en ?? t.id) : null;
}

/** A case page (Hugo "case-detail" front matter) whose comments say where to write what. */
export function casePageTemplate(id: string, locale: string, taxonomy: Taxonomy): string {
  const name = titleFromId(id);
  const z = zh(locale);
  const fact = (label: string, value: string | null) => (value ? `      - title: ${label}\n        content: ${q(value)}\n` : '');
  const facts =
    fact(z ? '行业' : 'INDUSTRY', firstLabel(taxonomy, 'industries', locale)) +
    fact(z ? '地点' : 'LOCATION', z ? '上海' : 'Berlin') +
    fact(z ? '云类型' : 'CLOUD TYPE', firstLabel(taxonomy, 'cloudTypes', locale)) +
    fact(z ? '挑战' : 'CHALLENGES', firstLabel(taxonomy, 'challenges', locale)) +
    fact(z ? '采用功能' : 'ADOPTED FEATURES', firstLabel(taxonomy, 'features', locale));
  return z
    ? `---
# 案例页：只有 front matter。公司名在 section1.title，正文在 section2.listLeft，事实在 section2.rightPart。
title: ${q(name)}
section1:
  title: ${q(name)}            # 公司名（必填）
  content: ${q(`${name} 是一家……（一句话介绍公司）`)}
  image: ""                    # 公司 logo：内容目录中的路径或 https 地址
section2:
  listLeft:                    # 正文，按顺序；有 title 的块开始新的小节
    - title: 公司简介
      contentList:
        - content: 在这里写公司的背景。支持 **加粗** 和 [链接](https://example.com)。
    - title: 挑战
      contentList:
        - content: 在这里写客户遇到的问题。
    - title: 成果
      type: 1                  # type 1：要点列表（每行一个 content）
      contentList:
        - content: 要点一
        - content: 要点二
    - type: 2                  # type 2：客户引语
      content: 在这里写客户说的话。
      author: 姓名，职位
  rightPart:
    icon: ""
    list:                      # 事实：值按分类表（taxonomy.yaml）匹配，多个值用 、 分隔
${facts}---
`
    : `---
# A case page: front matter only. The company is section1.title, the body section2.listLeft,
# the facts section2.rightPart.
title: ${q(name)}
section1:
  title: ${q(name)}            # the company name (required)
  content: ${q(`${name} is a … (one line about the company)`)}
  image: ""                    # company logo: a path in the content folder or an https URL
section2:
  listLeft:                    # the body, in order; a block with a title starts a section
    - title: About the company
      contentList:
        - content: Write the company's background here. **Bold** and [links](https://example.com) work.
    - title: The challenge
      contentList:
        - content: Write what the customer struggled with.
    - title: Results
      type: 1                  # type 1: a highlight list (one content per line)
      contentList:
        - content: First result
        - content: Second result
    - type: 2                  # type 2: a customer quote
      content: Write what the customer said.
      author: Name, Title
  rightPart:
    icon: ""
    list:                      # facts: values are matched against taxonomy.yaml; separate several with ","
${facts}---
`;
}

/** A case article: front matter, then Markdown where each ## heading starts a section. */
export function caseArticleTemplate(id: string, locale: string, taxonomy: Taxonomy, date: string): string {
  const name = titleFromId(id);
  const feature = firstLabel(taxonomy, 'features', locale);
  return zh(locale)
    ? `---
title: ${q(`${name} 的实践之路`)}       # 标题（必填）
company: ${q(name)}                     # 客户名
description: 一段话概括这个案例。
createTime: ${date}                     # 发布日期 YYYY-MM-DD
author: 作者姓名
industry: ${q(firstLabel(taxonomy, 'industries', locale) ?? '')}
features: [${feature ? q(feature) : ''}]              # 采用的功能，按 taxonomy.yaml 匹配
---

## 背景

在这里写客户的背景。每个 \`##\` 标题开始一个小节。

## 方案

- 要点一
- 要点二

## 成果

在这里写结果，用 **加粗** 强调数字。
`
    : `---
title: ${q(`How ${name} ships faster`)}  # the title (required)
company: ${q(name)}                     # the customer
description: One paragraph that sums the case up.
createTime: ${date}                     # publication date, YYYY-MM-DD
author: Your Name
industry: ${q(firstLabel(taxonomy, 'industries', locale) ?? '')}
features: [${feature ? q(feature) : ''}]              # features adopted, matched against taxonomy.yaml
---

## Background

Write the customer's background here. Each \`##\` heading starts a section.

## The solution

- First point
- Second point

## Results

Write the results here; use **bold** for the numbers.
`;
}

/** A scenarios page with one scenario: ## is the scenario (its title is its taxonomy label), ### an aspect. */
export function scenarioPageTemplate(title: string, locale: string): string {
  return zh(locale)
    ? `---
title: ${q(title)}
description: 这一页的简介。
---

## ${title}

第一段是这个场景的摘要。每个 \`##\` 标题是一个场景（标题即 taxonomy.yaml 中该场景的名称），\`###\` 是它的一个方面。

### 优势

- 要点一
- 要点二
`
    : `---
title: ${q(title)}
description: What this page is about.
---

## ${title}

The first paragraph is the scenario's summary. Each \`##\` heading is a scenario (its title is the
scenario's label in taxonomy.yaml); \`###\` is one of its aspects.

### Benefits

- First point
- Second point
`;
}
