package com.topcoins.chaos.phase;

/** Redis's used_memory (bytes) and key count at one moment; -1 where Redis did not answer. */
public record RedisPoint(long usedBytes, long keys) {}
