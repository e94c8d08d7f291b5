import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { onDemand } from '../../src/components/on-demand';
import { WidgetBoundary } from '../../src/components/widget-boundary';

type GreetingProps = { name: string };

function Greeting({ name }: GreetingProps) {
  return <p>Hello, {name}</p>;
}

/** An import whose arrival the test decides. */
function controlledImport() {
  let settle: { resolve: (component: typeof Greeting) => void; reject: (error: Error) => void } | undefined;
  const importer = vi.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return {
    importer,
    arrive: () => settle?.resolve(Greeting),
    fail: (error: Error) => settle?.reject(error),
  };
}

const placeholder = () => <p role="status">Loading the greeting</p>;

describe('onDemand: a part of the page whose code arrives later', () => {
  it('shows its placeholder until the code arrives, then the part with its props', async () => {
    const code = controlledImport();
    const { Component } = onDemand('test-part-1', code.importer, placeholder);
    render(<Component name="Ada" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the greeting');
    code.arrive();
    expect(await screen.findByText('Hello, Ada')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('draws the part at once when a loader fetched its code before the first render', async () => {
    const code = controlledImport();
    const { Component, load } = onDemand('test-part-2', code.importer, placeholder);
    const loading = load();
    code.arrive();
    await loading;
    render(<Component name="Grace" />);
    // In the first commit: no placeholder, no second download.
    expect(screen.getByText('Hello, Grace')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(code.importer).toHaveBeenCalledTimes(1);
  });

  it('downloads once for every copy on the page', async () => {
    const code = controlledImport();
    const { Component } = onDemand('test-part-3', code.importer, placeholder);
    render(
      <>
        <Component name="one" />
        <Component name="two" />
      </>,
    );
    code.arrive();
    expect(await screen.findByText('Hello, one')).toBeInTheDocument();
    expect(screen.getByText('Hello, two')).toBeInTheDocument();
    expect(code.importer).toHaveBeenCalledTimes(1);
  });

  it('hands a failed download to the nearest error boundary, whose "Try again" downloads afresh', async () => {
    const first = controlledImport();
    const second = controlledImport();
    const importer = vi.fn().mockImplementationOnce(first.importer).mockImplementationOnce(second.importer);
    const { Component } = onDemand<GreetingProps>('test-part-4', importer, placeholder);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <WidgetBoundary loading={<p>Loading</p>}>
        <Component name="Lin" />
      </WidgetBoundary>,
    );
    first.fail(new TypeError('Failed to fetch dynamically imported module'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module');

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(importer).toHaveBeenCalledTimes(2);
    second.arrive();
    expect(await screen.findByText('Hello, Lin')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
