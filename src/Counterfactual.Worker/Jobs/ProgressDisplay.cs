using System.Globalization;
using Counterfactual.Experiments.Running;
using Microsoft.Extensions.Logging;

namespace Counterfactual.Worker.Jobs;

/// <summary>
/// Progress of a long run: on a terminal, one line on standard error rewritten in place (worlds done,
/// replications per second, time left); when standard error is redirected, a plain log line every few
/// seconds. Thread-safe: the runner reports from its worker threads.
/// </summary>
internal sealed class ProgressDisplay : IProgress<RunProgress>, IDisposable
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger;
    private readonly long _worlds;
    private readonly int _scenarios;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private readonly Lock _gate = new();
    private long _lastShown;
    private bool _wroteLine;

    public ProgressDisplay(ILogger logger, long worlds, int scenarios, TimeProvider clock)
    {
        _logger = logger;
        _worlds = worlds;
        _scenarios = scenarios;
        _clock = clock;
        _started = clock.GetTimestamp();
        _lastShown = _started;
    }

    public void Report(RunProgress value)
    {
        lock (_gate)
        {
            var now = _clock.GetTimestamp();
            var interval = _terminal ? TerminalInterval : LogInterval;
            if (_clock.GetElapsedTime(_lastShown, now) < interval)
            {
                return;
            }

            _lastShown = now;
            var line = Describe(value.WorldsDone, _clock.GetElapsedTime(_started, now));
            if (_terminal)
            {
                Console.Error.Write("\r" + line.PadRight(78));
                _wroteLine = true;
            }
            else
            {
                _logger.LogInformation("{Progress}", line);
            }
        }
    }

    /// <summary>Ends the in-place line so the next output starts on a fresh line.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_wroteLine)
            {
                Console.Error.Write("\r" + new string(' ', 78) + "\r");
                _wroteLine = false;
            }
        }
    }

    public void Dispose() => Finish();

    private string Describe(long done, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var rate = done * _scenarios / seconds;
        var left = done > 0 ? TimeSpan.FromSeconds((_worlds - done) * seconds / done) : TimeSpan.Zero;
        var share = _worlds > 0 ? 100.0 * done / _worlds : 100;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"  {share,5:F1}%  {done:N0}/{_worlds:N0} worlds x {_scenarios} scenarios  {rate:N0} replications/s  about {left.TotalSeconds:F0} s left");
    }
}
