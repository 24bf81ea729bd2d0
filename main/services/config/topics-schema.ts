import { z } from 'zod';

import { LANGUAGES, localizedTextSchema, topicSchema, type Topic } from '../../contract/index.js';

import type { DirectoryConfig } from './directory-schema.js';
import { formatPath } from './issues.js';
import { duplicateIds, type FieldProblem } from './field-problem.js';
import { sensitiveTermMatcher } from './sensitive-terms.js';
import { schemaKeySchema } from './site-schema.js';

export const DEFAULT_REVERIFY_AFTER_DAYS = 180;

/** "Know your rights and the steps": procedures explained to visitors, on screen and on paper. */
export const topicsFileSchema = z
  .strictObject({
    $schema: schemaKeySchema,
    sampleNotice: localizedTextSchema
      .optional()
      .describe('Shown with every topic while the content is an example to verify with local partners'),
    reverifyAfterDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(DEFAULT_REVERIFY_AFTER_DAYS)
      .describe('A topic verified longer ago than this is flagged "re-verify" in the daily check'),
    topics: z.array(topicSchema),
  })
  .describe('Know your rights and the steps: procedures explained in plain words, with sources');
export type TopicsConfig = z.infer<typeof topicsFileSchema>;

/** Optional file: without it the kiosk shows no topics tile content, only an empty list. */
export const DEFAULT_TOPICS: TopicsConfig = { reverifyAfterDays: DEFAULT_REVERIFY_AFTER_DAYS, topics: [] };

/** Unique ids, and a neutral sheet title wherever the real one must not reach paper. */
export function checkTopics(config: TopicsConfig): FieldProblem[] {
  const problems = duplicateIds(config.topics, ['topics'], 'Topic');
  config.topics.forEach((topic, index) => {
    if (topic.sensitive && topic.sheetTitle === undefined) {
      problems.push({
        path: ['topics', index, 'sheetTitle'],
        code: 'inconsistent',
        message: 'a sensitive topic needs a neutral sheetTitle: its title must not be printed',
      });
    }
  });
  return problems;
}

/** Every related service must be a service of directory.json: checked once both files have loaded. */
export function checkTopicsAgainstDirectory(config: TopicsConfig, directory: DirectoryConfig): FieldProblem[] {
  const known = new Set(directory.services.map((service) => service.id));
  return config.topics.flatMap((topic, index) =>
    topic.services.flatMap((id, at): FieldProblem[] =>
      known.has(id)
        ? []
        : [
            {
              path: ['topics', index, 'services', at],
              code: 'inconsistent',
              message: `no service "${id}" in directory.json`,
            },
          ],
    ),
  );
}

/** The title a sheet prints: the neutral one for a sensitive topic. */
export function paperTopicTitle(topic: Topic): Topic['title'] {
  return topic.sensitive && topic.sheetTitle !== undefined ? topic.sheetTitle : topic.title;
}

/**
 * `topics.json: path: warning …` for each text a take-away sheet prints (title as printed,
 * summary, steps) that holds a sensitive term: the same rule and wording as the slips' texts.
 */
export function topicPaperWarnings(config: TopicsConfig, siteTerms: readonly string[] = []): string[] {
  const matcher = sensitiveTermMatcher(siteTerms);
  return config.topics.flatMap((topic, index) => {
    const titleKey = topic.sensitive && topic.sheetTitle !== undefined ? 'sheetTitle' : 'title';
    const texts: { path: (string | number)[]; text: Topic['title'] }[] = [
      { path: ['topics', index, titleKey], text: paperTopicTitle(topic) },
      { path: ['topics', index, 'summary'], text: topic.summary },
      ...topic.steps.map((step, at) => ({ path: ['topics', index, 'steps', at, 'text'], text: step.text })),
    ];
    return texts.flatMap(({ path, text }) =>
      LANGUAGES.flatMap((language) => {
        const found = matcher.find(text[language]);
        if (found.length === 0) return [];
        const fix =
          titleKey === 'title' && path.includes('title') ? '; mark it sensitive with a neutral sheetTitle' : '';
        const held = found.map((t) => `"${t}"`).join(', ');
        return [`topics.json: ${formatPath([...path, language])}: warning: printed on paper, holds ${held}${fix}`];
      }),
    );
  });
}
