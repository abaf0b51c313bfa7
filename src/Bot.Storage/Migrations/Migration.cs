namespace Bot.Storage.Migrations;

/// <summary>One versioned SQL script shipped in the assembly.</summary>
public sealed record Migration(int Version, string Name, string Sql);
