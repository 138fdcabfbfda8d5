package org.ecoscore.screen;

/**
 * Each row's id after the SPEC §3 id step.
 *
 * @param ids  the id as used: trimmed as written, the canonical region (region questionnaire without id), or
 *             {@code FILE#ROW}
 * @param keys the normalised id compared for duplicates; null for a {@code FILE#ROW} id, which is never a duplicate
 */
record IdColumn(String[] ids, String[] keys) {
}
