/**
 * natural's peers for `tahub eval classify` and `tahub bench classify`, trained once and cached.
 *
 * natural's LogisticRegressionClassifier takes about 2.5 minutes to learn groupings and articles
 * from a 452-need sample, and 14 minutes to learn the groupings alone from the whole built-in
 * training set, so trained peers are kept in a cache directory (default
 * `node_modules/.cache/tahub`, or `TAHUB_CACHE_DIR`), keyed by a fingerprint of the training
 * set: change a training need and the peers are trained again.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type LabelledNeed } from "@tahub/engine";
import {
  PEER_NAMES,
  restorePeer,
  trainPeer,
  type Peer,
  type PeerJSON,
  type PeerName,
} from "@tahub/engine/eval";
import { UsageError, type Io } from "./command.js";

/**
 * `sample`: natural-logreg on a systematic sample, groupings and articles (~2.5 min once);
 * `full`: natural-logreg's groupings on everything (~14 min once); `none`: no peers.
 */
const PEER_MODES = ["sample", "full", "none"] as const;
export type PeerMode = (typeof PEER_MODES)[number];

export function parsePeerMode(value: unknown): PeerMode {
  if (value === undefined) return "sample";
  if (typeof value === "string" && (PEER_MODES as readonly string[]).includes(value))
    return value as PeerMode;
  throw new UsageError(`--peers must be one of ${PEER_MODES.join(", ")}`);
}

/** Bumped whenever what a cached peer contains changes (v2: natural-logreg's sample ranks articles). */
const CACHE_VERSION = 2;

function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TAHUB_CACHE_DIR || join(process.cwd(), "node_modules", ".cache", "tahub");
}

/** FNV-1a over every training need's text and labels. */
export function fingerprint(needs: readonly LabelledNeed[]): string {
  let h = 0x811c9dc5;
  for (const n of needs) {
    const s = `${n.text}\u0000${n.category}\u0000${n.articles.join(",")}\u0000${n.chapter}\u0001`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

export interface LoadedPeer {
  peer: Peer;
  /** Read from the cache rather than trained now. */
  cached: boolean;
}

/** The peers for `mode`, from the cache when it has them, trained (and cached) otherwise. */
export async function loadPeers(
  mode: PeerMode,
  train: readonly LabelledNeed[],
  io: Io,
  dir = cacheDir(),
): Promise<Map<PeerName, LoadedPeer>> {
  const out = new Map<PeerName, LoadedPeer>();
  if (mode === "none") return out;
  const key = fingerprint(train);
  for (const name of PEER_NAMES) {
    const file = join(dir, `${name}-${mode}-v${CACHE_VERSION}-${key}.json`);
    const cached = await readCached(file);
    if (cached) {
      out.set(name, { peer: cached, cached: true });
      continue;
    }
    if (name === "natural-logreg")
      io.err(
        mode === "full"
          ? `training natural-logreg (groupings) on all ${train.length} needs: about 14 minutes, once (cached in ${dir})`
          : `training natural-logreg (groupings and articles) on a sample of the ${train.length} needs: about 2.5 minutes, once (cached in ${dir})`,
      );
    const peer = trainPeer(name, train, mode === "full" ? { maxNeeds: Infinity } : {});
    out.set(name, { peer, cached: false });
    try {
      await mkdir(dir, { recursive: true });
      // Written aside and renamed, so an interrupted run never leaves half a file behind.
      await writeFile(`${file}.tmp`, JSON.stringify(peer.toJSON()));
      await rename(`${file}.tmp`, file);
    } catch (e) {
      io.err(`could not cache ${name} in ${dir}: ${(e as Error).message}`);
    }
  }
  return out;
}

async function readCached(file: string): Promise<Peer | undefined> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    return restorePeer(JSON.parse(raw) as PeerJSON);
  } catch {
    return undefined; // a corrupt cache entry is trained again and overwritten
  }
}
