// Counterfactual's benchmarks (issue 6; BenchmarkDotNet). Run all of them, quickly:
//   dotnet run -c Release --project tests/Counterfactual.Benchmarks -- --filter '*' --job short
// The end-to-end figures (replications per second with start-up, thread scaling, peak memory, --raw speed)
// are measured on the real executable by end-to-end.sh beside this file; README.md, "Performance", has both.
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Counterfactual.Benchmarks.ReplicationBenchmarks).Assembly).Run(args);
