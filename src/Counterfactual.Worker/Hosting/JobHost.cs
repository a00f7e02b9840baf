using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Counterfactual.Worker.Hosting;

/// <summary>
/// Builds the generic host for one command: console logging through <see cref="PlainConsoleFormatter"/>,
/// options bound from the command line and validated at start, the job as a hosted service, and the
/// exit code carried out. Ctrl+C and SIGTERM reach the job as cancellation through the host.
/// </summary>
internal static class JobHost
{
    /// <summary>How long a cancelled job may take to write its partial result before the host gives up.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs a one-shot command: <typeparamref name="TJob"/> under <see cref="JobService"/>, which stops the host when done.</summary>
    public static Task<int> RunAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TJob>(bool quiet, Action<IServiceCollection> configure)
        where TJob : class, ICommandJob =>
        RunHostAsync(quiet, services =>
        {
            services.AddSingleton<ICommandJob, TJob>();
            services.AddHostedService<JobService>();
            configure(services);
        });

    /// <summary>
    /// Runs a long-lived hosted service (e.g. <c>watch</c>) until Ctrl+C or SIGTERM; the service sets
    /// <see cref="JobExitCode"/> when it stops cleanly.
    /// </summary>
    public static Task<int> RunServiceAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TService>(bool quiet, Action<IServiceCollection> configure)
        where TService : class, IHostedService =>
        RunHostAsync(quiet, services =>
        {
            services.AddHostedService<TService>();
            configure(services);
        });

    private static async Task<int> RunHostAsync(bool quiet, Action<IServiceCollection> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
            DisableDefaults = true,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o =>
        {
            o.FormatterName = PlainConsoleFormatter.FormatterName;
            o.LogToStandardErrorThreshold = LogLevel.Warning;
        });
        // The formatter registered as AddConsoleFormatter<PlainConsoleFormatter, ConsoleFormatterOptions>() does, less
        // its binding of ConsoleFormatterOptions to configuration (which is reflection; the host has no configuration
        // and the formatter takes no options): nothing a Native AOT build has to warn about.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ConsoleFormatter, PlainConsoleFormatter>());
        builder.Logging.SetMinimumLevel(quiet ? LogLevel.Warning : LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        // Start-up failures (invalid options) are reported below as one line each, not as the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(o =>
        {
            o.ShutdownTimeout = ShutdownTimeout;
            o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<JobExitCode>();
        configure(builder.Services);

        using var host = builder.Build();
        var exitCode = host.Services.GetRequiredService<JobExitCode>();
        try
        {
            await host.RunAsync().ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await Console.Error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }

        return exitCode.Value;
    }
}
