package com.topcoins.chaos.probe;

/**
 * One probe reading; -1 where nothing could be read.
 *
 * @param nanos {@link System#nanoTime()} when it was taken
 */
public record ProbeSample(long nanos, long rssKib, boolean alive, long redisUsedBytes, long logLines, long oomLines) {}
