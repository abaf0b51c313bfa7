using Bot.Discord.Rest;

namespace Bot.Discord.Interactions;

/// <summary>Remembers recent interaction ids: Discord may deliver an event twice, a command must run once.</summary>
internal sealed class InteractionDeduplicator
{
    private const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly HashSet<Snowflake> _seen = [];
    private readonly Queue<Snowflake> _order = new();

    /// <summary>True the first time an id is seen.</summary>
    public bool TryClaim(Snowflake id)
    {
        lock (_gate)
        {
            if (!_seen.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > Capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
