import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Named in the message so people know which part failed while the rest keeps working. */
  panel: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class PanelErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[${this.props.panel}]`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-error" role="alert" data-testid="panel-error">
        <strong>The {this.props.panel} panel hit a problem.</strong>
        <p>{this.state.error.message}</p>
        <p className="muted">Your scenario is safe; the other panels keep working.</p>
        <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
