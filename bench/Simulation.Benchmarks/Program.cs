using BenchmarkDotNet.Running;

// Pick benchmarks with --filter; a short job is enough to see where the time goes, for example:
//   dotnet run -c Release --project bench/Simulation.Benchmarks -- --filter '*' --job short --artifacts /tmp/bdn
// (without --artifacts the reports go to ./BenchmarkDotNet.Artifacts/).
BenchmarkSwitcher.FromAssembly(typeof(Simulation.Benchmarks.Baseline).Assembly).Run(args);
