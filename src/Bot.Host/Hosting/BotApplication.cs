using Bot.Storage;
using Bot.Storage.Embedded;
using Bot.Storage.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using System.Runtime.Versioning;

namespace Bot.Host.Hosting;

/// <summary>
/// Runs the verbs: validates the configuration first, starts the private PostgreSQL when no connection string is
/// set (and always stops it on the way out), then builds and runs the host.
/// </summary>
public static class BotApplication
{
    // Options are validated against a provider built with this stand-in, before anything real is started.
    private const string ValidationConnectionString = "Host=validation.invalid";

    /// <summary>The worker: runs until Ctrl-C, SIGTERM or <paramref name="cancellationToken"/>.</summary>
    /// <param name="configurationArgs">Settings from the command line (<c>--Bot:Section:Key=value</c>).</param>
    /// <param name="configureServices">Replaces services after the bot's own registrations (tests).</param>
    /// <param name="cancellationToken">Stops the bot, like Ctrl-C.</param>
    public static Task<int> RunAsync(IReadOnlyList<string> configurationArgs, Action<IServiceCollection>? configureServices, CancellationToken cancellationToken) =>
        WithDatabaseAsync(configurationArgs, configureServices, async (configuration, connectionString) =>
        {
            // Everything needed from the host is taken before it runs: RunAsync disposes it when it ends.
            var host = CreateHost(configuration, connectionString, configureServices);
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Bot");
            var consoleLifetime = host.Services.GetService<IHostLifetime>() as IDisposable;
            var run = host.RunAsync(cancellationToken);
            await StoppingAsync(run, stopping);

            // The host gives its services ShutdownTimeout; one that ignores it (Quartz retrying its bookkeeping while
            // the database is down) must not keep the process alive past what an orchestrator waits after SIGTERM.
            if (await Task.WhenAny(run, Task.Delay(BotServices.ShutdownTimeout + ShutdownMargin, CancellationToken.None)) != run)
            {
                Log.ShutdownAbandoned(logger, BotServices.ShutdownTimeout + ShutdownMargin);

                // The console lifetime's process-exit handler holds the process until it is disposed.
                consoleLifetime?.Dispose();
                ShutdownAbandoned = true;
                return ExitCodes.Success;
            }

            await run;
            return ExitCodes.Success;
        }, cancellationToken);

    /// <summary>
    /// Set when the worker stopped waiting for a shutdown that did not finish; the process should then exit at once
    /// rather than wait for the threads still stuck.
    /// </summary>
    public static bool ShutdownAbandoned { get; private set; }

    // Room after the host's own shutdown timeout for it to give up cleanly before we stop waiting for it.
    private static readonly TimeSpan ShutdownMargin = TimeSpan.FromSeconds(1.5);

    // Completes when the host starts stopping, or stops without having started (a failed start).
    private static async Task StoppingAsync(Task run, CancellationToken stopping)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (stopping.Register(() => started.TrySetResult()))
        {
            await Task.WhenAny(started.Task, run);
        }
    }

    /// <summary><c>bot db migrate</c>: brings the schema up to date and exits.</summary>
    public static Task<int> MigrateAsync(IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken) =>
        WithDatabaseAsync(configurationArgs, null, async (configuration, connectionString) =>
        {
            await using var provider = CreateHost(configuration, connectionString, null).Services.CreateAsyncScope();
            await provider.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            return ExitCodes.Success;
        }, cancellationToken);

    /// <summary>
    /// A one-shot command on the database (<c>bot sources …</c>): migrates the schema, then runs
    /// <paramref name="tool"/> with the bot's services (the scheduler is not started) and returns its exit code.
    /// </summary>
    public static Task<int> RunToolAsync(IReadOnlyList<string> configurationArgs, Func<IServiceProvider, CancellationToken, Task<int>> tool, CancellationToken cancellationToken) =>
        WithDatabaseAsync(configurationArgs, null, async (configuration, connectionString) =>
        {
            using var host = CreateHost(configuration, connectionString, null);
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            return await tool(scope.ServiceProvider, cancellationToken);
        }, cancellationToken);

    internal static IHost CreateHost(ConfigurationManager configuration, string connectionString, Action<IServiceCollection>? configureServices)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "bot",
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddConfiguration(configuration);
        ConfigureLogging(builder.Logging, configuration);
        builder.Services.AddBot(configuration, connectionString);
        configureServices?.Invoke(builder.Services);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }

    private static void ConfigureLogging(ILoggingBuilder logging, ConfigurationManager configuration)
    {
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.AddConsole();
    }

    private static async Task<int> WithDatabaseAsync(
        IReadOnlyList<string> configurationArgs,
        Action<IServiceCollection>? configureServices,
        Func<ConfigurationManager, string, Task<int>> run,
        CancellationToken cancellationToken)
    {
        var configuration = BotConfiguration.Build(configurationArgs);
        using var loggerFactory = LoggerFactory.Create(logging => ConfigureLogging(logging, configuration));
        var logger = loggerFactory.CreateLogger("Bot");
        EmbeddedPostgres? embedded = null;
        try
        {
            ValidateConfiguration(configuration, configureServices);
            var connectionString = configuration.GetConnectionString(StorageServiceCollectionExtensions.ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                if (OperatingSystem.IsWindows())
                {
                    throw new EmbeddedPostgresException("The private PostgreSQL runs on Linux and macOS only; set ConnectionStrings:Postgres.");
                }

                Log.UsingEmbeddedPostgres(logger);
                embedded = await StartEmbeddedAsync(configuration, loggerFactory, cancellationToken);
                connectionString = embedded.ConnectionString;
            }

            return await run(configuration, connectionString);
        }
        catch (Exception ex) when (ConfigurationErrors.From(ex) is { Count: > 0 } errors)
        {
            await Console.Error.WriteLineAsync("The configuration is not valid:");
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync("  - " + error);
            }

            return ExitCodes.ConfigurationError;
        }
        catch (EmbeddedPostgresException ex)
        {
            await Console.Error.WriteLineAsync("Could not start the private PostgreSQL: " + ex.Message);
            return ExitCodes.DatabaseUnavailable;
        }
        catch (NpgsqlException ex)
        {
            // Npgsql messages name the host and the failure, never the password.
            await Console.Error.WriteLineAsync("Could not use PostgreSQL: " + ex.Message);
            return ExitCodes.DatabaseUnavailable;
        }
        finally
        {
            if (embedded is not null && !OperatingSystem.IsWindows())
            {
                await embedded.DisposeAsync();
            }
        }
    }

    // Builds the host once with a stand-in connection string, without starting it: every options class is bound
    // and validated, and the DI graph checked, before a database is started or contacted.
    internal static void ValidateConfiguration(ConfigurationManager configuration, Action<IServiceCollection>? configureServices)
    {
        using var host = CreateHost(configuration, ValidationConnectionString, services =>
        {
            configureServices?.Invoke(services);
            services.AddOptions<EmbeddedPostgresOptions>().Bind(configuration.GetSection(EmbeddedPostgresOptions.SectionName)).ValidateOnStart();
            services.AddSingleton<IValidateOptions<EmbeddedPostgresOptions>, EmbeddedPostgresOptionsValidator>();
        });
        host.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [UnsupportedOSPlatform("windows")]
    private static async Task<EmbeddedPostgres> StartEmbeddedAsync(ConfigurationManager configuration, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(EmbeddedPostgresOptions.SectionName).Get<EmbeddedPostgresOptions>() ?? new EmbeddedPostgresOptions();
        return await EmbeddedPostgres.StartAsync(options, loggerFactory.CreateLogger<EmbeddedPostgres>(), cancellationToken);
    }
}
