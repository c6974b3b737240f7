// System.ComponentModel as everyday programs use it: cancellable event arguments and
// property-change notification.
namespace System.ComponentModel
{
    public class CancelEventArgs : EventArgs
    {
        private bool cancel;

        public CancelEventArgs() { }
        public CancelEventArgs(bool cancel) { this.cancel = cancel; }

        public bool Cancel { get { return cancel; } set { cancel = value; } }
    }

    public delegate void CancelEventHandler(object sender, CancelEventArgs e);

    public class PropertyChangedEventArgs : EventArgs
    {
        private readonly string propertyName;

        public PropertyChangedEventArgs(string propertyName) { this.propertyName = propertyName; }

        public virtual string PropertyName { get { return propertyName; } }
    }

    public delegate void PropertyChangedEventHandler(object sender, PropertyChangedEventArgs e);

    public interface INotifyPropertyChanged
    {
        event PropertyChangedEventHandler PropertyChanged;
    }
}
