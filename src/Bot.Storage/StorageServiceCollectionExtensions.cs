using Bot.Core.Alerts;
using Bot.Core.Articles;
using Bot.Core.Notices;
using Bot.Core.Sources;
using Bot.Core.Watching;
using Bot.Storage.Alerts;
using Bot.Storage.Articles;
using Bot.Storage.Locks;
using Bot.Storage.Migrations;
using Bot.Storage.Notices;
using Bot.Storage.Sources;
using Bot.Storage.Watching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Name of the connection string (<c>ConnectionStrings:Postgres</c>).</summary>
    public const string ConnectionStringName = "Postgres";

    /// <summary>
    /// Registers the one <see cref="NpgsqlDataSource"/>, the stores behind Core's ports and the migrator.
    /// With <paramref name="migrateOnStart"/>, a hosted service migrates the schema when the host starts; register
    /// storage before any other hosted service so the schema is ready for them.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, string connectionString, bool migrateOnStart)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(provider => new NpgsqlDataSourceBuilder(connectionString)
            .UseLoggerFactory(provider.GetRequiredService<ILoggerFactory>())
            .Build());
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<ISourceStore, SourceStore>();
        services.TryAddSingleton<ISourceScheduleStore, SourceScheduleStore>();
        services.TryAddSingleton<ISourceNoticeOutbox, SourceNoticeOutbox>();
        services.TryAddSingleton<HostTurnStore>();
        services.TryAddSingleton<IArticleStore, ArticleStore>();
        services.TryAddSingleton<IArticleArchive, ArticleArchive>();
        services.TryAddSingleton<IAlertOutbox, AlertOutbox>();
        services.TryAddSingleton<IGuildNoticeOutbox, GuildNoticeOutbox>();
        services.TryAddSingleton<IWatchStore, WatchStore>();
        services.TryAddSingleton<AdvisoryLeases>();
        services.TryAddSingleton<IGuildWatchStore, GuildWatchStore>();
        services.TryAddSingleton<IGuildSourceStore, GuildSourceStore>();
        services.TryAddSingleton<IGuildStatusStore, GuildStatusStore>();
        if (migrateOnStart)
        {
            services.AddHostedService<MigrateOnStartHostedService>();
        }

        return services;
    }
}
