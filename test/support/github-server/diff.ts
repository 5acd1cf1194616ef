// Which lines of a unified diff a review comment may target, per side (GitHub answers 422 otherwise).

export interface DiffLines {
  LEFT: Set<number>;
  RIGHT: Set<number>;
}

export function diffLines(patch: string): DiffLines {
  const out: DiffLines = { LEFT: new Set(), RIGHT: new Set() };
  let left = 0;
  let right = 0;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      left = Number(hunk[1]);
      right = Number(hunk[2]);
      continue;
    }
    if (line.startsWith('+')) out.RIGHT.add(right++);
    else if (line.startsWith('-')) out.LEFT.add(left++);
    else if (line.startsWith('\\'))
      continue; // "\ No newline at end of file"
    else {
      // Context lines can be commented on from either side.
      out.LEFT.add(left++);
      out.RIGHT.add(right++);
    }
  }
  return out;
}
