export function App() {
  return <main>scaffold</main>;
}
