// counterfactual: the command-line entry point. Parsing happens here; every command then runs as a
// job inside a .NET generic host (see Hosting/JobHost.cs), which owns logging, options validation,
// Ctrl+C / SIGTERM and the exit code.
using Counterfactual.Worker.Cli;

return await CounterfactualCommandLine.InvokeAsync(args).ConfigureAwait(false);
