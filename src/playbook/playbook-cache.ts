import { AppError } from '../kernel/app-error.ts';
import type { PlaybookStore, PlaybookVersion } from './playbook-store.ts';

/**
 * The playbook in force, parsed once per version. Each use asks the database only for
 * the newest version number (one indexed read), so a version applied by another
 * process is picked up by the next request.
 */
export class PlaybookCache {
  private cached: PlaybookVersion | undefined;

  async current(store: PlaybookStore): Promise<PlaybookVersion> {
    const version = await store.currentVersion();
    if (version === undefined) {
      throw new AppError(
        'internal',
        'No playbook has been applied; restart Bastão to apply the default one.',
      );
    }
    if (this.cached?.version !== version) {
      this.cached = await store.byVersion(version);
    }
    if (!this.cached) {
      throw new AppError('internal', `Playbook version ${version} vanished while being read.`);
    }
    return this.cached;
  }
}
