namespace Bot.Benchmarks.Infrastructure;

/// <summary>Unit conversions for the report.</summary>
internal static class Sizes
{
    public static double MiB(long bytes) => bytes / (1024.0 * 1024.0);

    /// <summary>The value at quantile <paramref name="q"/> (0–1) of sorted <paramref name="values"/>, interpolated.</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var position = q * (values.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, values.Count - 1);
        return values[lower] + ((values[upper] - values[lower]) * (position - lower));
    }
}
