namespace HeyGen.Emulator.State;

/// <summary>Side effects of state transitions that leave the process (webhooks). Called under the store's lock: implementations only enqueue.</summary>
internal interface IStateEvents
{
    void VideoTerminal(VideoRecord video, DateTimeOffset at);

    void BatchFinished(BatchRecord batch, DateTimeOffset at);
}
