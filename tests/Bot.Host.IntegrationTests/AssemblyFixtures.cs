using Bot.TestKit;

[assembly: AssemblyFixture(typeof(PostgresServer))]
