/**
 * Images and downloads of a release, published once per distinct content: `public/images/<hash>.<ext>` and
 * `public/downloads/<hash>/<name>`, where `<hash>` is the start of the file's SHA-256. A file the sources lack is
 * reported: a blob the git mirror did not have (a loss), or a file the release itself did not have (Sphinx
 * showed it broken too).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, posix } from 'node:path';
import { imageSize, type ImageSize } from './image-size.ts';
import type { Project } from './project.ts';

export const contentHash = (data: Buffer | string): string =>
  createHash('sha256').update(data).digest('hex').slice(0, 16);

/** Image types Sphinx's HTML builder takes for `image.*`, in its order of preference. */
const IMAGE_CANDIDATES = ['.svg', '.png', '.gif', '.jpg', '.jpeg'];

export interface PublishedImage extends Partial<ImageSize> {
  readonly src: string;
}

/** Where a missing file went, for the loss report. */
export type Missing = { kind: 'blob'; blob: string } | { kind: 'absent' };

export class Assets {
  /** Public path (`images/ab12….png`) → file content, to write under `public/`. */
  readonly files = new Map<string, Buffer>();
  private readonly missingBlobs: Map<string, string>;
  private readonly project: Project;

  constructor(project: Project) {
    this.project = project;
    this.missingBlobs = new Map(project.source.missing.map((entry) => [entry.path, entry.blob]));
  }

  private read(path: string): Buffer | undefined {
    const file = join(this.project.sourcesDir, path);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  }

  missing(path: string): Missing {
    const blob = this.missingBlobs.get(path);
    return blob ? { kind: 'blob', blob } : { kind: 'absent' };
  }

  /** An image by its path in the sources (`a/b.png`, or `a/b.*` for the best candidate). */
  image(path: string): PublishedImage | Missing {
    let actual = path;
    if (path.endsWith('.*')) {
      const stem = path.slice(0, -2);
      actual = IMAGE_CANDIDATES.map((ext) => stem + ext).find((candidate) => this.read(candidate)) ?? path;
    }
    const data = this.read(actual);
    if (!data) return this.missing(actual);
    const ext = extname(actual).toLowerCase() || '.bin';
    const publicPath = `images/${contentHash(data)}${ext}`;
    this.files.set(publicPath, data);
    return { src: `/${publicPath}`, ...imageSize(data) };
  }

  /** An image given by its content (a notebook output's `data:` URI). */
  imageData(data: Buffer, ext: string): PublishedImage {
    const publicPath = `images/${contentHash(data)}${ext}`;
    this.files.set(publicPath, data);
    return { src: `/${publicPath}`, ...imageSize(data) };
  }

  /**
   * A downloadable file: its public URL, or what is missing. Archives the release's `archive` extension made
   * at build time (`<dir>.tar.gz` of a folder in the sources) are made here the same way, reproducibly.
   */
  download(path: string): string | Missing {
    const data = this.read(path) ?? this.buildArchive(path);
    if (!data) return this.missing(path);
    const publicPath = `downloads/${contentHash(data)}/${basename(path)}`;
    this.files.set(publicPath, data);
    return `/${publicPath}`;
  }

  private buildArchive(path: string): Buffer | undefined {
    if (!this.project.conf.extensions?.includes('archive') || !path.endsWith('.tar.gz')) return undefined;
    const folder = path.slice(0, -'.tar.gz'.length);
    const parent = posix.dirname(folder);
    if (!existsSync(join(this.project.sourcesDir, folder))) return undefined;
    const tar = spawnSync(
      'tar',
      ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '-cf', '-', posix.basename(folder)],
      { cwd: join(this.project.sourcesDir, parent), maxBuffer: 1 << 30 },
    );
    if (tar.status !== 0) return undefined;
    const gzip = spawnSync('gzip', ['-n', '-9'], { input: tar.stdout, maxBuffer: 1 << 30 });
    return gzip.status === 0 ? gzip.stdout : undefined;
  }
}
