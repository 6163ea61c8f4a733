namespace BedrockPS.Loading
{
    /// <summary>One way of serving the dependencies folder to the runtime, hooked in on import, unhooked on removal.</summary>
    internal interface IDependencyResolver
    {
        void Install();

        void Uninstall();
    }
}
