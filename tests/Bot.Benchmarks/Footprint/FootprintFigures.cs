namespace Bot.Benchmarks.Footprint;

/// <summary>The footprint scenario's figures, as written to the JSON file.</summary>
/// <param name="Sources">Sources imported through <c>bot sources import</c>.</param>
/// <param name="Rules">Rules configured (<c>Bot:Rules</c>, by environment variables).</param>
/// <param name="FirstStartSeconds">Process start to <c>/readyz</c> answering 200, first run on the database (Quartz tables created).</param>
/// <param name="RestartSeconds">The same for a second start on the same database.</param>
/// <param name="FirstCycleSeconds">Ready to every source polled once.</param>
/// <param name="IdleWorkingSetMiB">Median working set while idle after the first cycle.</param>
/// <param name="PeakWorkingSetMiB">The process's peak working set up to then (VmHWM).</param>
internal sealed record FootprintFigures(
    int Sources,
    int Rules,
    double FirstStartSeconds,
    double RestartSeconds,
    double FirstCycleSeconds,
    double IdleWorkingSetMiB,
    double PeakWorkingSetMiB);
