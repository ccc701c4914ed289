// The desk screen: state, messages, update and view.
