// The model's methods do not start by zeroing their stack frames. C# already refuses to read a local before it is
// assigned, and the model has no stackalloc (whose memory is the only thing this leaves unzeroed), so the zeroing
// was pure cost: the theatre steps zeroed their month results (128 bytes) on every call, even when they returned at
// once. Measured in ReplicationBenchmarks.ReplicationInAWorldOf32 (see README, Performance).
[module: System.Runtime.CompilerServices.SkipLocalsInit]
