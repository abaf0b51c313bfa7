using System.Globalization;
using System.Net.Mime;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.TestKit.Discord;

/// <summary>The REST side: common checks (user agent, faults, auth, rate limits, body), then one handler per route.</summary>
public sealed partial class FakeDiscord
{
    private async Task HandleRestAsync(HttpContext context, string relative)
    {
        var method = context.Request.Method;
        var segments = relative.Split('/');
        var route = Template(method, segments);
        var exempt = segments[0] is "interactions" or "webhooks";
        var now = Now;
        var reply = await ProcessAsync(context, method, segments, route, exempt, now);
        var path = "/" + string.Join('/', segments.Select((s, i) => i == 2 && exempt ? "{token}" : s));
        Requests.Enqueue(new FakeRequest(now, method, route, path, reply.Status, reply.Scope, exempt,
            context.Request.Headers.Authorization.Count > 0, context.Request.Headers.UserAgent.ToString()));
        if (reply.Drop)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = reply.Status;
        if (reply.Html is { } html)
        {
            context.Response.ContentType = MediaTypeNames.Text.Html;
            await context.Response.WriteAsync(html, context.RequestAborted);
        }
        else if (reply.Body is { } body)
        {
            context.Response.ContentType = MediaTypeNames.Application.Json;
            await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
        }
    }

    private async Task<Reply> ProcessAsync(HttpContext context, string method, string[] segments, string route, bool exempt, double now)
    {
        if (!context.Request.Headers.UserAgent.ToString().StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            return Reply.Error(400, 0, "A User-Agent of the form 'DiscordBot ($url, $versionNumber)' is required");
        }

        var dropAfter = false;
        if (TryTakeFault(route, out var fault))
        {
            switch (fault.Kind)
            {
                case FakeFaultKind.DropBeforeProcessing:
                    return new Reply(0, null) { Drop = true };
                case FakeFaultKind.DropAfterProcessing:
                    dropAfter = true;
                    break;
                case FakeFaultKind.Slow:
                    await Task.Delay(TimeSpan.FromSeconds(fault.DelaySeconds), Options.TimeProvider, context.RequestAborted);
                    break;
                case FakeFaultKind.NoAnswer:
                    try
                    {
                        await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        // The client gave up (or the fake is stopping).
                    }

                    return new Reply(0, null) { Drop = true };
                default:
                    return FaultReply(context, fault);
            }
        }

        if (!exempt && context.Request.Headers.Authorization.ToString() != $"Bot {Options.Token}")
        {
            return Reply.Error(401, 0, "401: Unauthorized");
        }

        if (_limits.Check(route, Major(segments), exempt, context.Response.Headers) is { } limited)
        {
            return RateLimitReply(context, limited.Scope, limited.RetryAfter);
        }

        JsonNode? body = null;
        if (method is "POST" or "PUT" or "PATCH")
        {
            if (context.Request.ContentType?.StartsWith(MediaTypeNames.Application.Json, StringComparison.Ordinal) != true)
            {
                return Reply.Invalid(Errors.One("_errors", "CONTENT_TYPE_INVALID", "Expected \"Content-Type\" header to be one of {'application/json'}."));
            }

            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            }
            catch (JsonException)
            {
                return Reply.Error(400, 50109, "The request body contains invalid JSON.");
            }
        }

        var reply = Dispatch(route, segments, body, now);
        return dropAfter ? reply with { Drop = true } : reply;
    }

    private Reply Dispatch(string route, string[] segments, JsonNode? body, double now) => route switch
    {
        "GET /gateway/bot" => GatewayBot(),
        "GET /applications/@me" => new Reply(200, new JsonObject { ["id"] = Id(Options.ApplicationId), ["name"] = "Attribution Watch (fake)", ["flags"] = 0 }),
        "PUT /applications/{id}/commands" => PutCommands(segments[1], "global", body),
        "PUT /applications/{id}/guilds/{id}/commands" => PutCommands(segments[1], $"guild/{segments[3]}", body),
        "POST /interactions/{id}/{token}/callback" => InteractionCallback(segments[1], segments[2], body, now),
        "PATCH /webhooks/{id}/{token}/messages/@original" => EditOriginal(segments[1], segments[2], body, now),
        "POST /webhooks/{id}/{token}" => FollowUp(segments[1], segments[2], body, now),
        "GET /channels/{id}" => GetChannel(segments[1]),
        FakeRateLimiter.MessageCreateRoute => CreateMessage(segments[1], body),
        "POST /channels/{id}/messages/{id}/threads" => StartThread(segments[1], segments[3], body),
        _ => Reply.Error(404, 0, "404: Not Found"),
    };

    private Reply GatewayBot() => new(200, new JsonObject
    {
        ["url"] = GatewayUrl.ToString(),
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = 1000,
            ["remaining"] = Options.SessionStartRemaining,
            ["reset_after"] = Options.SessionStartResetAfterMs,
            ["max_concurrency"] = Options.MaxConcurrency,
        },
    });

    private Reply GetChannel(string channelId) =>
        ulong.TryParse(channelId, CultureInfo.InvariantCulture, out var id) && Channels.TryGetValue(id, out var channel)
            ? new Reply(200, ChannelJson(channel))
            : Reply.Error(404, 10003, "Unknown Channel");

    private Reply CreateMessage(string channelId, JsonNode? body)
    {
        if (!ulong.TryParse(channelId, CultureInfo.InvariantCulture, out var id) || !Channels.TryGetValue(id, out var channel))
        {
            return Reply.Error(404, 10003, "Unknown Channel");
        }

        if (!channel.CanSend)
        {
            return Reply.Error(403, 50013, "Missing Permissions");
        }

        if (body is not JsonObject message)
        {
            return Reply.Invalid(Errors.One("_errors", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType"));
        }

        var errors = MessageRules.Validate(message, allowNonce: true);
        if (errors is not null)
        {
            return Reply.Invalid(errors);
        }

        if (!MessageRules.HasContent(message))
        {
            return Reply.Error(400, 50006, "Cannot send an empty message");
        }

        var nonce = message["nonce"]?.ToString();
        lock (Messages)
        {
            // enforce_nonce: the same nonce from the same author (we have one) answers with the first message.
            if (nonce is not null && message["enforce_nonce"]?.GetValue<bool>() == true
                && Messages.FirstOrDefault(m => m.ChannelId == id && m.Nonce == nonce) is { } earlier)
            {
                return new Reply(200, MessageJson(earlier));
            }

            var stored = new FakeMessage(NextId(), id, message["content"]?.GetValue<string>(), message["embeds"]?.DeepClone() as JsonArray, nonce, message["flags"]?.GetValue<int>() ?? 0, (JsonObject)message.DeepClone());
            Messages.Enqueue(stored);
            return new Reply(200, MessageJson(stored));
        }
    }

    private Reply StartThread(string channelId, string messageId, JsonNode? body)
    {
        if (!ulong.TryParse(channelId, CultureInfo.InvariantCulture, out var id) || !Channels.TryGetValue(id, out var channel))
        {
            return Reply.Error(404, 10003, "Unknown Channel");
        }

        if (!channel.CanSend)
        {
            return Reply.Error(403, 50013, "Missing Permissions");
        }

        if (!ulong.TryParse(messageId, CultureInfo.InvariantCulture, out var messageSnowflake) || !Messages.Any(m => m.Id == messageSnowflake && m.ChannelId == id))
        {
            return Reply.Error(404, 10008, "Unknown Message");
        }

        var name = body?["name"]?.GetValue<string>();
        if (name is null || name.Trim().Length is < 1 or > 100)
        {
            return Reply.Invalid(Errors.One("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
        }

        if (body!["auto_archive_duration"] is { } archive && archive.GetValue<int>() is not (60 or 1440 or 4320 or 10080))
        {
            return Reply.Invalid(Errors.One("auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}."));
        }

        var thread = new FakeChannel(messageSnowflake, channel.GuildId, Type: 11, Name: name, ParentId: id);
        if (!Channels.TryAdd(messageSnowflake, thread))
        {
            return Reply.Error(400, 160004, "A thread has already been created for this message");
        }

        return new Reply(201, ChannelJson(thread));
    }

    private static Reply FaultReply(HttpContext context, FakeFault fault) => fault.Kind switch
    {
        FakeFaultKind.RateLimited => RateLimitReply(context, fault.Scope, fault.RetryAfterSeconds),
        FakeFaultKind.Cloudflare => new Reply(429, null) { Html = "<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head><body>Error 1015</body></html>", Scope = "cloudflare" },
        FakeFaultKind.ServerError => Reply.Error(fault.Status, 0, $"{fault.Status}: Internal Server Error"),
        _ => Reply.Error(fault.Status, fault.Code, fault.Message),
    };

    private static Reply RateLimitReply(HttpContext context, string scope, double retryAfter)
    {
        var headers = context.Response.Headers;
        headers["X-RateLimit-Scope"] = scope;
        headers.RetryAfter = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
        if (scope == "global")
        {
            headers["X-RateLimit-Global"] = "true";
        }
        else if (!headers.ContainsKey("X-RateLimit-Limit"))
        {
            headers["X-RateLimit-Limit"] = "5";
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = retryAfter.ToString("0.000", CultureInfo.InvariantCulture);
        }

        var body = new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = Math.Round(retryAfter, 3), ["global"] = scope == "global" };
        return new Reply(429, body) { Scope = scope };
    }

    internal static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static JsonObject ChannelJson(FakeChannel channel) => new()
    {
        ["id"] = Id(channel.Id),
        ["type"] = channel.Type,
        ["guild_id"] = Id(channel.GuildId),
        ["name"] = channel.Name,
        ["parent_id"] = channel.ParentId is { } parent ? Id(parent) : null,
    };

    internal JsonObject MessageJson(FakeMessage message) => new()
    {
        ["id"] = Id(message.Id),
        ["channel_id"] = Id(message.ChannelId),
        ["content"] = message.Content ?? string.Empty,
        ["embeds"] = message.Embeds?.DeepClone() ?? new JsonArray(),
        ["flags"] = message.Flags,
        ["nonce"] = message.Nonce,
        ["author"] = new JsonObject { ["id"] = Id(Options.ApplicationId), ["username"] = "attribution-watch", ["bot"] = true },
        ["timestamp"] = Options.TimeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
    };

    // Method and path with ids as {id} and webhook or interaction tokens as {token}.
    internal static string Template(string method, string[] segments) =>
        method + " /" + string.Join('/', segments.Select((s, i) =>
            s.Length > 0 && s.All(char.IsAsciiDigit) ? "{id}" : i == 2 && segments[0] is "webhooks" or "interactions" ? "{token}" : s));

    private static string Major(string[] segments) =>
        segments.Length > 1 && segments[0] is "channels" or "guilds" ? segments[1]
        : segments.Length > 2 && segments[0] is "webhooks" or "interactions" ? $"{segments[1]}/{segments[2]}"
        : string.Empty;
}
