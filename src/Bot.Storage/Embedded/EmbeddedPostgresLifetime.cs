namespace Bot.Storage.Embedded;

/// <summary>Whether an embedded cluster keeps its data.</summary>
public enum EmbeddedPostgresLifetime
{
    /// <summary>Durable settings; the data folder is kept between runs.</summary>
    Persistent,

    /// <summary>Fast, non-durable settings; the data folder is deleted on dispose (tests).</summary>
    Throwaway,
}
