// Counterfactual's benchmarks (issue 6; BenchmarkDotNet). Run all of them, quickly:
//   dotnet run -c Release --project tests/Counterfactual.Benchmarks -- --filter '*' --job short
// The end-to-end figures (replications per second, thread scaling, peak memory, --raw speed) are measured
// on the real executable instead; see src/Counterfactual.Worker/deploy/README-sections.md, "Performance".
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Counterfactual.Benchmarks.ReplicationBenchmarks).Assembly).Run(args);
